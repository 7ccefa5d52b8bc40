import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRightIcon, BuildingIcon, CapIcon, TerminalIcon, UserIcon } from "@/components/icons";
import { displayName } from "@/components/display-name";
import { requireAccount } from "@/components/server/current-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { PageHeader } from "@/components/ui/page-header";
import { getOwnCompany } from "@/lib/companies";
import { isLocale, type MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.title") };
}

export default async function DashboardPage() {
  const { actor, user } = await requireAccount("/dashboard");
  const { t, locale } = await getT();
  const company = actor.role === "company" && actor.companyId ? await getOwnCompany(actor) : null;
  const name = actor.role === "guest" ? null : displayName(user);
  const notSet = <span className="font-normal text-muted">{t("dashboard.notSet")}</span>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(user.createdAt);

  const available: Array<{ href: string; title: MessageKey; body: MessageKey; Icon: typeof UserIcon; document?: boolean }> = [
    ...(actor.role === "company" ? [{ href: "/company", title: "nav.company" as const, body: "dashboard.available.company" as const, Icon: BuildingIcon }] : []),
    ...(actor.role !== "guest" ? [{ href: "/profile", title: "nav.profile" as const, body: "dashboard.available.profile" as const, Icon: UserIcon }] : []),
    { href: "/learn", title: "nav.learning", body: "dashboard.available.learning", Icon: CapIcon },
    { href: "/docs", title: "nav.apiDocs", body: "dashboard.available.api", Icon: TerminalIcon, document: true },
  ];

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={name ? t("dashboard.welcome", { name }) : t("dashboard.welcomeAnonymous")} lead={t("dashboard.lead")} />

      {actor.role === "guest" && (
        <Card className="mb-6 flex flex-col gap-4 border-primary/30 bg-primary-soft sm:flex-row sm:items-center sm:justify-between">
          <div>
            <CardTitle>{t("dashboard.guestTitle")}</CardTitle>
            <p className="mt-1 text-sm text-muted">{t("dashboard.guestBody")}</p>
          </div>
          <ButtonLink href="/signup" className="shrink-0">
            {t("nav.signUp")}
          </ButtonLink>
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <Card aria-labelledby="account">
            <div className="flex items-center justify-between gap-4">
              <CardTitle id="account">{t("dashboard.account")}</CardTitle>
              {actor.role !== "guest" && (
                <Link href="/profile" className="text-sm font-semibold text-primary underline-offset-4 hover:underline">
                  {t("dashboard.editProfile")}
                </Link>
              )}
            </div>
            <div className="mt-3">
              <DefinitionList
                rows={[
                  { label: t("dashboard.name"), value: name ?? notSet },
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
              <div className="flex items-center justify-between gap-4">
                <CardTitle id="company">{t("dashboard.company")}</CardTitle>
                <Link href="/company" className="text-sm font-semibold text-primary underline-offset-4 hover:underline">
                  {t("dashboard.editCompany")}
                </Link>
              </div>
              <div className="mt-3">
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

        <section aria-labelledby="available" className="lg:col-span-2">
          <h2 id="available" className="mb-3 text-sm font-semibold tracking-wide text-muted uppercase">
            {t("dashboard.availableTitle")}
          </h2>
          <ul className="space-y-3">
            {available.map(({ href, title, body, Icon, document }) => {
              const inner = (
                <>
                  <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-primary-soft text-primary">
                    <Icon className="size-5" />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block font-semibold text-fg">{t(title)}</span>
                    <span className="mt-0.5 block text-sm text-muted">{t(body)}</span>
                  </span>
                  <ArrowRightIcon className="size-4 shrink-0 text-muted transition-transform group-hover:translate-x-0.5" />
                </>
              );
              const cls = "group flex items-center gap-4 rounded-2xl border border-border bg-surface p-4 shadow-xs transition-colors hover:border-border-strong";
              return (
                <li key={href}>
                  {document ? (
                    <a href={href} className={cls}>
                      {inner}
                    </a>
                  ) : (
                    <Link href={href} className={cls}>
                      {inner}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </div>
  );
}
