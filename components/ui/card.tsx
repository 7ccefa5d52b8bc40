import { cn } from "./cn";

export function Card({ className, children, ...rest }: React.HTMLAttributes<HTMLElement>) {
  return (
    <section className={cn("rounded-2xl border border-border bg-surface p-6 shadow-sm sm:p-7", className)} {...rest}>
      {children}
    </section>
  );
}

export function CardTitle({ children, id, className }: { children: React.ReactNode; id?: string; className?: string }) {
  return (
    <h2 id={id} className={cn("text-lg font-semibold tracking-tight text-fg", className)}>
      {children}
    </h2>
  );
}

export function CardLead({ children }: { children: React.ReactNode }) {
  return <p className="mt-1 text-sm text-muted">{children}</p>;
}
