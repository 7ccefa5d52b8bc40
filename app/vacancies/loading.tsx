import { getT } from "@/lib/i18n/server";

export default async function VacanciesLoading() {
  const { t } = await getT();
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-10 sm:px-6 sm:py-12" aria-busy="true">
      <span className="sr-only">{t("vacancies.loading")}</span>
      <div className="mb-8 h-9 w-48 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
      <div className="space-y-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-2xl border border-border bg-surface motion-reduce:animate-none" />
        ))}
      </div>
    </div>
  );
}
