import type { ReactNode } from "react";

// Sign-in and sign-up share one centred column.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative flex flex-1 justify-center px-4 py-12 sm:py-16">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 h-72 bg-[radial-gradient(50%_80%_at_50%_0%,var(--c-primary-soft),transparent_70%)]"
      />
      <div className="relative w-full max-w-md">{children}</div>
    </div>
  );
}
