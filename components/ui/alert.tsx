import { cn } from "./cn";

/** A form-level message: errors interrupt screen readers (role=alert), successes do not (role=status). */
export function Alert({ tone, children, className }: { tone: "error" | "success" | "info"; children: React.ReactNode; className?: string }) {
  const tones = {
    error: "border-danger/30 bg-danger-soft text-danger",
    success: "border-success/30 bg-success-soft text-success",
    info: "border-primary/20 bg-primary-soft text-fg",
  };
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-lg border px-4 py-3 text-sm font-medium", tones[tone], className)}>
      {children}
    </div>
  );
}
