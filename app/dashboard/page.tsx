import type { Metadata } from "next";
import Link from "next/link";
import { CapabilityCards } from "@/components/capability-cards";
import { CodingInterviewsCard } from "@/components/interviews/company/dashboard-card";
import { accountName, greetingName } from "@/components/display-name";
import { ArrowRightIcon } from "@/components/icons";
import { requireAccount } from "@/components/server/current-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { PageHeader } from "@/components/ui/page-header";
import { getOwnCompany } from "@/lib/companies";
import { isLocale } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { nextStep } from "./next-step";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.title") };
}

/** Every account's home (a company's too): the next step, the five capabilities, the account. */
export default async function DashboardPage() {
  const { actor, user } = await requireAccount({ roles: ["candidate", "company", "admin", "guest"], returnTo: "/dashboard" });
  const { t, locale } = await getT();
  const company = actor.role === "company" ? await getOwnCompany(actor) : null;
  const greeting = actor.role === "guest" ? null : greetingName(user, company?.name);
  const notSet = <span className="font-normal text-muted">{t("dashboard.notSet")}</span>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(user.createdAt);
  const step = nextStep(actor.role, user, company);

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={greeting ? t("dashboard.welcome", { name: greeting }) : t("dashboard.welcomeAnonymous")} lead={t("dashboard.lead")} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-8 lg:col-span-2">
          <Card aria-labelledby="next-step" className="border-primary/30 bg-primary-soft" data-testid="next-step">
            <p className="text-xs font-semibold tracking-wide text-primary uppercase">{t("dashboard.nextTitle")}</p>
            <CardTitle id="next-step" className="mt-2">
              {t(step.title)}
            </CardTitle>
            <p className="mt-1.5 max-w-xl text-sm leading-relaxed text-muted">{t(step.body)}</p>
            <ButtonLink href={step.href} className="mt-5 max-w-full">
              {t(step.cta)}
              <ArrowRightIcon className="size-4" />
            </ButtonLink>
          </Card>

          <CapabilityCards role={actor.role} t={t} />
        </div>

        <div className="min-w-0 space-y-6">
          {(actor.role === "company" || actor.role === "candidate") && <CodingInterviewsCard role={actor.role} />}
          <Card aria-labelledby="account">
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
              <CardTitle id="account">{t("dashboard.account")}</CardTitle>
              {actor.role !== "guest" && (
                <Link href="/profile" className="text-sm font-semibold text-primary underline-offset-4 hover:underline">
                  {t("dashboard.editProfile")}
                </Link>
              )}
            </div>
            <div className="mt-2">
              <DefinitionList
                compact
                rows={[
                  { label: t("dashboard.name"), value: accountName({ actor, user }, t) ?? notSet },
                  { label: t("dashboard.email"), value: user.email ?? notSet },
                  { label: t("dashboard.role"), value: t(`role.${actor.role}`) },
                  { label: t("dashboard.language"), value: isLocale(user.locale) ? t(`lang.${user.locale}`) : user.locale },
                  { label: t("dashboard.memberSince"), value: date },
                ]}
              />
            </div>
          </Card>

          {company && (
            <Card aria-labelledby="company">
              <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
                <CardTitle id="company">{t("dashboard.company")}</CardTitle>
                <Link href="/company" className="text-sm font-semibold text-primary underline-offset-4 hover:underline">
                  {t("dashboard.editCompany")}
                </Link>
              </div>
              <div className="mt-2">
                <DefinitionList
                  rows={[
                    { label: t("dashboard.companyName"), value: company.name },
                    { label: t("dashboard.companyCity"), value: company.city ?? notSet },
                    { label: t("dashboard.companyWebsite"), value: company.website ?? notSet },
                    { label: t("dashboard.companyDescription"), value: company.description ?? notSet },
                  ]}
                />
              </div>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
