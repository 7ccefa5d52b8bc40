"use client";

import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A submit button that says what is happening while its form's action runs. */
export function SubmitButton({
  children,
  pendingText,
  className,
  variant,
  size,
  name,
  value,
}: {
  children: React.ReactNode;
  pendingText: string;
  className?: string;
  variant?: "primary" | "secondary" | "ghost" | "danger";
  size?: "sm" | "md" | "lg";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} className={className} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? pendingText : children}
    </Button>
  );
}
