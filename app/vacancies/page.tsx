import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentActor } from "@/components/server/current-actor";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { listVacancies, ownCompanyId } from "@/lib/vacancies";
import { vacancyView } from "@/lib/vacancies/views";
import { StatusBadge } from "./status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("vacancies.title") };
}

// A company sees its own vacancies to manage; anyone else, for now, the open ones read-only (the
// hiring issue turns that into the public board).
export default async function VacanciesPage() {
  const actor = await getCurrentActor();
  const { t, locale } = await getT();
  const company = ownCompanyId(actor) !== null;
  const { items } = await listVacancies({ actor, filter: { mine: company, page: 1, per_page: 100 } });
  const vacancies = items.map((v) => vacancyView(v, { owner: company }));
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" });

  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("vacancies.title")} lead={company ? t("vacancies.lead") : t("vacancies.boardLead")}>
        {company && vacancies.length > 0 && <ButtonLink href="/vacancies/new">{t("vacancies.new")}</ButtonLink>}
      </PageHeader>

      {vacancies.length === 0 ? (
        <Card className="flex flex-col items-center gap-3 py-12 text-center">
          <h2 className="text-lg font-semibold text-fg">{company ? t("vacancies.empty") : t("vacancies.boardEmpty")}</h2>
          <p className="max-w-md text-sm text-muted">{company ? t("vacancies.emptyLead") : t("vacancies.boardEmptyLead")}</p>
          {company && (
            <ButtonLink href="/vacancies/new" className="mt-2">
              {t("vacancies.new")}
            </ButtonLink>
          )}
        </Card>
      ) : (
        <ul className="space-y-3" aria-label={t("vacancies.title")}>
          {vacancies.map((v) => (
            <li key={v.id} className="rounded-2xl border border-border bg-surface p-4 shadow-sm sm:p-5">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  {company ? (
                    <Link href={`/vacancies/${v.id}`} className="user-text text-base font-semibold text-fg hover:text-primary hover:underline">
                      {v.title}
                    </Link>
                  ) : (
                    <h2 className="user-text text-base font-semibold text-fg">{v.title}</h2>
                  )}
                  <p className="mt-1 text-sm break-words text-muted">
                    {[company ? v.code : v.company_name, v.location ?? t("vacancies.remote")].join(" · ")}
                  </p>
                </div>
                <StatusBadge status={v.status} t={t} />
              </div>
              {v.required_skills.length > 0 && (
                <ul className="mt-3 flex flex-wrap gap-1.5">
                  {v.required_skills.slice(0, 8).map((s) => (
                    <li key={s} className="rounded-md bg-subtle px-2 py-0.5 text-xs text-fg">
                      {s}
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
                {v.min_experience_years !== null && <span>{t.plural("vacancies.count.years", v.min_experience_years)}</span>}
                {company && v.resumes_count !== undefined && <span>{t.plural("vacancies.count.resumes", v.resumes_count)}</span>}
                {company && <span>{t.plural("vacancies.count.questions", v.questions_count)}</span>}
                <span>{t("vacancies.updated", { date: date.format(new Date(v.updated_at)) })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
