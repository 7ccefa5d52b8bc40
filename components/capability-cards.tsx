import Link from "next/link";
import type { Role } from "@/lib/auth";
import type { MessageKey, Translate } from "@/lib/i18n";
import { capabilitiesFor, type CapabilityId } from "./capabilities";
import { ArrowRightIcon } from "./icons";
import { cn } from "./ui/cn";

/** The five capabilities as cards, the role's own first; each says honestly whether it is open yet. */
export function CapabilityCards({ role, first, t, className }: { role: Role | null; first?: CapabilityId; t: Translate; className?: string }) {
  const list = capabilitiesFor(role, first);
  const coming = list.filter((c) => !c.available).length;
  return (
    <section aria-labelledby="capabilities" className={className}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="capabilities" className="text-sm font-semibold tracking-wide text-muted uppercase">
          {t("capabilities.title")}
        </h2>
        {coming > 0 && <p className="text-sm text-muted">{t.plural("count.toolsComing", coming)}</p>}
      </div>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {list.map(({ id, href, available, Icon }) => {
          const title = t(`landing.cap.${id}.title` as MessageKey);
          const inner = (
            <>
              <span className="flex items-start justify-between gap-3">
                <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-primary-soft text-primary">
                  <Icon className="size-5" />
                </span>
                <span
                  className={cn(
                    "rounded-full px-2.5 py-0.5 text-xs font-semibold",
                    available ? "bg-success-soft text-success" : "bg-subtle text-muted",
                  )}
                >
                  {available ? t("capabilities.available") : t("capabilities.comingSoon")}
                </span>
              </span>
              <span className="mt-3 block font-semibold text-fg">{title}</span>
              <span className="mt-1 block text-sm leading-relaxed text-muted">{t(`landing.cap.${id}.body` as MessageKey)}</span>
              {available && (
                <span className="mt-3 inline-flex items-center gap-1.5 text-sm font-semibold text-primary">
                  {t("capabilities.open")}
                  <ArrowRightIcon className="size-4" />
                </span>
              )}
            </>
          );
          const cls = "flex h-full flex-col rounded-2xl border border-border bg-surface p-5 shadow-xs";
          return (
            <li key={id} data-capability={id} data-available={available}>
              {available ? (
                <Link href={href} className={cn(cls, "transition-colors hover:border-border-strong")}>
                  {inner}
                </Link>
              ) : (
                <div className={cn(cls, "border-dashed")}>{inner}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
