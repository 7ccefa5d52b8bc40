import { GuestEntryButton } from "@/components/guest-entry-button";
import { ArrowRightIcon, BriefcaseIcon, CapIcon, ChatIcon, CodeIcon, ScanIcon, TerminalIcon } from "@/components/icons";
import { getCurrentActor } from "@/components/server/current-actor";
import { ButtonLink } from "@/components/ui/button";
import type { MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

const CAPABILITIES: Array<{ id: string; icon: (p: { className?: string }) => React.ReactNode }> = [
  { id: "resume", icon: ChatIcon },
  { id: "hiring", icon: BriefcaseIcon },
  { id: "analysis", icon: ScanIcon },
  { id: "coding", icon: CodeIcon },
  { id: "learning", icon: CapIcon },
];

export default async function LandingPage() {
  const { t } = await getT();
  const actor = await getCurrentActor();
  const signedIn = actor && actor.role !== "guest";

  return (
    <>
      <section className="relative overflow-hidden border-b border-border">
        {/* Soft colour behind the headline; decorative only. */}
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-0 bg-[radial-gradient(60%_60%_at_50%_0%,var(--c-primary-soft),transparent_70%)]"
        />
        <div className="relative mx-auto max-w-6xl px-4 pt-16 pb-20 sm:px-6 sm:pt-24 sm:pb-28">
          <div className="mx-auto max-w-3xl text-center">
            <p className="inline-flex items-center rounded-full border border-border bg-surface px-3 py-1 text-xs font-semibold tracking-wide text-primary uppercase shadow-xs">
              {t("landing.eyebrow")}
            </p>
            <h1 className="mt-6 text-4xl font-semibold tracking-tight text-balance text-fg sm:text-5xl lg:text-6xl">
              {t("landing.title")}
            </h1>
            <p className="mx-auto mt-6 max-w-2xl text-base leading-relaxed text-pretty text-muted sm:text-lg">{t("landing.lead")}</p>

            <div className="mt-10 flex flex-col items-stretch justify-center gap-3 sm:flex-row sm:items-center">
              {signedIn ? (
                <ButtonLink href="/dashboard" size="lg">
                  {t("nav.dashboard")}
                  <ArrowRightIcon className="size-4" />
                </ButtonLink>
              ) : (
                <>
                  <ButtonLink href="/signup?role=candidate" size="lg">
                    {t("landing.ctaCandidate")}
                  </ButtonLink>
                  <ButtonLink href="/signup?role=company" size="lg" variant="secondary">
                    {t("landing.ctaCompany")}
                  </ButtonLink>
                </>
              )}
            </div>
            {!actor && (
              <div className="mt-6 flex flex-col items-center gap-2">
                <GuestEntryButton label={t("landing.ctaGuest")} pendingLabel={t("landing.ctaGuest")} variant="ghost" />
                <p className="text-sm text-muted">{t("landing.guestNote")}</p>
              </div>
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="capabilities" className="mx-auto w-full max-w-6xl px-4 py-20 sm:px-6">
        <div className="max-w-2xl">
          <h2 id="capabilities" className="text-2xl font-semibold tracking-tight sm:text-3xl">
            {t("landing.capabilitiesTitle")}
          </h2>
          <p className="mt-3 text-muted">{t("landing.capabilitiesLead")}</p>
        </div>
        <ul className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {CAPABILITIES.map(({ id, icon: Icon }) => (
            <li key={id} className="rounded-2xl border border-border bg-surface p-6 shadow-xs">
              <span className="inline-flex size-10 items-center justify-center rounded-xl bg-primary-soft text-primary">
                <Icon className="size-5" />
              </span>
              <h3 className="mt-4 font-semibold text-fg">{t(`landing.cap.${id}.title` as MessageKey)}</h3>
              <p className="mt-2 text-sm leading-relaxed text-muted">{t(`landing.cap.${id}.body` as MessageKey)}</p>
            </li>
          ))}
          <li className="flex flex-col rounded-2xl border border-dashed border-border-strong bg-subtle/60 p-6">
            <span className="inline-flex size-10 items-center justify-center rounded-xl bg-surface text-accent">
              <TerminalIcon className="size-5" />
            </span>
            <h3 className="mt-4 font-semibold text-fg">{t("landing.audience.developer.title")}</h3>
            <p className="mt-2 text-sm leading-relaxed text-muted">{t("landing.audience.developer.body")}</p>
            <a href="/docs" className="mt-auto inline-flex items-center gap-1.5 pt-4 text-sm font-semibold text-primary hover:underline">
              {t("landing.audience.developer.cta")}
              <ArrowRightIcon className="size-4" />
            </a>
          </li>
        </ul>
      </section>

      {!signedIn && (
        <section aria-labelledby="start" className="border-t border-border bg-surface">
          <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
            <h2 id="start" className="text-2xl font-semibold tracking-tight">
              {t("landing.audienceTitle")}
            </h2>
            <div className="mt-8 grid gap-4 md:grid-cols-2">
              {(["candidate", "company"] as const).map((role) => (
                <div key={role} className="flex flex-col gap-4 rounded-2xl border border-border bg-bg p-6 sm:flex-row sm:items-center sm:justify-between">
                  <div>
                    <h3 className="font-semibold">{t(`landing.audience.${role}.title`)}</h3>
                    <p className="mt-1 text-sm text-muted">{t(`landing.audience.${role}.body`)}</p>
                  </div>
                  <ButtonLink href={`/signup?role=${role}`} variant={role === "candidate" ? "primary" : "secondary"} className="shrink-0">
                    {t("nav.signUp")}
                    <ArrowRightIcon className="size-4" />
                  </ButtonLink>
                </div>
              ))}
            </div>
          </div>
        </section>
      )}
    </>
  );
}
