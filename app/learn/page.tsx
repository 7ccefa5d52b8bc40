import type { Metadata } from "next";
import { CapabilityCards } from "@/components/capability-cards";
import { accountName } from "@/components/display-name";
import { GuestEntryButton } from "@/components/guest-entry-button";
import { CapIcon } from "@/components/icons";
import { getCurrentAccount } from "@/components/server/current-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("learn.title") };
}

/** Learning is open to everyone: a visitor without an account is offered a guest session here. */
export default async function LearnPage() {
  const account = await getCurrentAccount();
  const { t } = await getT();

  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("learn.title")} lead={t("learn.lead")} />

      {!account ? (
        <Card className="flex flex-col gap-6 sm:flex-row sm:items-center sm:justify-between">
          <div className="max-w-lg">
            <CardTitle>{t("learn.anonymousTitle")}</CardTitle>
            <p className="mt-1.5 text-sm text-muted">{t("learn.anonymousBody")}</p>
          </div>
          <div className="flex shrink-0 flex-col gap-3 sm:w-56">
            <GuestEntryButton label={t("auth.continueAsGuest")} pendingLabel={t("auth.continueAsGuest")} variant="primary" />
            <ButtonLink href="/signin?next=/learn" variant="secondary" size="lg">
              {t("nav.signIn")}
            </ButtonLink>
          </div>
        </Card>
      ) : (
        <div className="grid gap-6 md:grid-cols-5">
          <Card className="md:col-span-3" aria-labelledby="coming">
            <span className="inline-flex size-11 items-center justify-center rounded-xl bg-primary-soft text-primary">
              <CapIcon className="size-6" />
            </span>
            <CardTitle id="coming" className="mt-4">
              {t("learn.comingTitle")}
            </CardTitle>
            <p className="mt-2 text-sm leading-relaxed text-muted">{t("learn.comingBody")}</p>
          </Card>
          <Card className="md:col-span-2" aria-labelledby="learner">
            <CardTitle id="learner">{t("learn.accountTitle")}</CardTitle>
            <div className="mt-2">
              <DefinitionList
                compact
                rows={[
                  { label: t("dashboard.name"), value: accountName(account, t) ?? t("dashboard.notSet") },
                  // Here a candidate is a learner: the same account, learning.
                  { label: t("dashboard.role"), value: account.actor.role === "candidate" ? t("role.learner") : t(`role.${account.actor.role}`) },
                ]}
              />
            </div>
            {account.actor.role === "guest" && (
              <>
                <p className="mt-4 text-sm text-muted">{t("learn.guestBody")}</p>
                <ButtonLink href="/signup" className="mt-4 w-full">
                  {t("nav.signUp")}
                </ButtonLink>
              </>
            )}
          </Card>
        </div>
      )}

      <CapabilityCards role={account?.actor.role ?? null} first="learning" t={t} className="mt-10" />
    </div>
  );
}
