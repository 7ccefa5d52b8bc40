import { continueAsGuest } from "./server/continue-as-guest";
import { SubmitButton } from "./ui/submit-button";

/** "Continue as guest": opens a guest session and goes to learning. */
export function GuestEntryButton({ label, pendingLabel, variant = "secondary", className }: {
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "ghost";
  className?: string;
}) {
  return (
    <form action={continueAsGuest} className={className}>
      <SubmitButton variant={variant} size="lg" pendingText={pendingLabel} className="w-full">
        {label}
      </SubmitButton>
    </form>
  );
}
