"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import {
  apiJson,
  RESUME_STATUSES,
  SORT_FIELDS,
  type ResumeList as ResumeListAnswer,
  type ResumeSummary,
  type SortField,
  type VacancyOption,
} from "@/components/resumes/api";
import { formatConfidence, formatDate, formatScore } from "@/components/resumes/format";
import { StatusBadge } from "@/components/resumes/status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { MessageKey } from "@/lib/i18n";
import { selectClasses, VacancySelect } from "./vacancy-select";

const PAGE_SIZE = 20;

/** The list's state lives in the URL (shareable, survives reload and the back button). */
function readFilters(params: URLSearchParams) {
  const status = params.get("status") ?? "";
  const sortBy = params.get("sort_by") ?? "";
  const skip = Math.max(0, Number.parseInt(params.get("skip") ?? "0", 10) || 0);
  const limit = Math.min(100, Math.max(1, Number.parseInt(params.get("limit") ?? String(PAGE_SIZE), 10) || PAGE_SIZE));
  return {
    status: (RESUME_STATUSES as readonly string[]).includes(status) ? status : "",
    vacancyId: params.get("vacancy_id") ?? "",
    sortBy: ((SORT_FIELDS as readonly string[]).includes(sortBy) ? sortBy : "upload_date") as SortField,
    sortOrder: params.get("sort_order") === "asc" ? "asc" : "desc",
    skip,
    limit,
  };
}

export function ResumeList({ vacancies }: { vacancies: VacancyOption[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = readFilters(new URLSearchParams(params.toString()));

  const query = new URLSearchParams({ skip: String(filters.skip), limit: String(filters.limit), sort_by: filters.sortBy, sort_order: filters.sortOrder });
  if (filters.status) query.set("status", filters.status);
  if (filters.vacancyId) query.set("vacancy_id", filters.vacancyId);

  const list = useQuery({
    queryKey: ["resumes", "list", query.toString()],
    queryFn: () => apiJson<ResumeListAnswer>(`/api/v1/resumes?${query}`),
    placeholderData: keepPreviousData,
    // Rows still being analysed change on their own: look again until none is.
    refetchInterval: (q) => (q.state.data?.resumes.some((r) => r.status === "uploaded" || r.status === "processing") ? 2000 : false),
  });

  function update(patch: Record<string, string | number | null>, resetPage = true) {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    if (resetPage) next.delete("skip");
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  const filtered = Boolean(filters.status || filters.vacancyId);
  const data = list.data;

  return (
    <Card aria-labelledby="list-title" className="p-4 sm:p-6">
      <CardTitle id="list-title">{t("resumes.list.title")}</CardTitle>
      <fieldset className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="sr-only">{t("resumes.list.filters")}</legend>
        <div className="space-y-1.5">
          <label htmlFor="filter-status" className="block text-sm font-medium text-fg">
            {t("resumes.list.status")}
          </label>
          <select id="filter-status" className={selectClasses} value={filters.status} onChange={(e) => update({ status: e.target.value })}>
            <option value="">{t("resumes.list.anyStatus")}</option>
            {RESUME_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`resumes.status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <VacancySelect
          id="filter-vacancy"
          label={t("resumes.list.vacancy")}
          empty={t("resumes.list.anyVacancy")}
          vacancies={vacancies}
          value={filters.vacancyId}
          onChange={(v) => update({ vacancy_id: v })}
        />
        <div className="space-y-1.5">
          <label htmlFor="sort-by" className="block text-sm font-medium text-fg">
            {t("resumes.list.sortBy")}
          </label>
          <select id="sort-by" className={selectClasses} value={filters.sortBy} onChange={(e) => update({ sort_by: e.target.value })}>
            {SORT_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`resumes.list.sort.${f}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="sort-order" className="block text-sm font-medium text-fg">
            {t("resumes.list.order")}
          </label>
          <select id="sort-order" className={selectClasses} value={filters.sortOrder} onChange={(e) => update({ sort_order: e.target.value })}>
            <option value="desc">{t("resumes.list.desc")}</option>
            <option value="asc">{t("resumes.list.asc")}</option>
          </select>
        </div>
      </fieldset>

      <div className="mt-6">
        {list.isPending ? (
          <ResumeRowsSkeleton />
        ) : list.isError && !data ? (
          <div className="space-y-3">
            <Alert tone="error">{t("resumes.list.error", { reason: list.error.message })}</Alert>
            <Button variant="secondary" onClick={() => void list.refetch()}>
              {t("resumes.list.retry")}
            </Button>
          </div>
        ) : data && data.resumes.length === 0 ? (
          <div className="rounded-xl border border-dashed border-border-strong px-6 py-10 text-center" data-testid="resumes-empty">
            <p className="font-semibold text-fg">{filtered ? t("resumes.list.emptyFilteredTitle") : t("resumes.list.emptyTitle")}</p>
            <p className="mx-auto mt-1 max-w-md text-sm text-muted">{filtered ? t("resumes.list.emptyFilteredBody") : t("resumes.list.emptyBody")}</p>
            {filtered && (
              <Button variant="secondary" className="mt-4" onClick={() => update({ status: null, vacancy_id: null })}>
                {t("resumes.list.reset")}
              </Button>
            )}
          </div>
        ) : data ? (
          <>
            <Rows resumes={data.resumes} />
            <Pager
              skip={filters.skip}
              limit={filters.limit}
              shown={data.resumes.length}
              total={data.total}
              onPage={(skip) => update({ skip: skip || null }, false)}
            />
          </>
        ) : null}
      </div>
    </Card>
  );
}

const GRID = "md:grid md:grid-cols-[minmax(0,2fr)_minmax(0,1.5fr)_8rem_4.5rem_5.5rem_minmax(0,1.2fr)_6.5rem] md:items-start md:gap-3";

/** One list for every width: rows of a grid on wide screens, stacked cards on a phone. */
function Rows({ resumes }: { resumes: ResumeSummary[] }) {
  const { t, locale } = useI18n();
  const dash = <span className="text-muted">—</span>;
  return (
    <div role="table" aria-labelledby="list-title" className="text-sm">
      <div role="rowgroup" className="hidden border-b border-border pb-2 text-xs font-semibold tracking-wide text-muted uppercase md:block">
        <div role="row" className={GRID}>
          {(["file", "candidate", "status", "score", "confidence", "vacancy", "uploaded"] as const).map((col) => (
            <span role="columnheader" key={col} className={col === "score" || col === "confidence" ? "md:text-right" : undefined}>
              {t(`resumes.list.col.${col}` as MessageKey)}
            </span>
          ))}
        </div>
      </div>
      <ul role="rowgroup" className="divide-y divide-border" data-testid="resume-rows">
        {resumes.map((r) => {
          const score = formatScore(r.total_score, locale);
          const confidence = formatConfidence(r.confidence_score, locale);
          return (
            <li role="row" key={r.id} data-testid="resume-row" data-status={r.status} className={`grid grid-cols-2 gap-x-3 gap-y-2 py-3 ${GRID}`}>
              <span role="cell" className="col-span-2 min-w-0 md:col-span-1">
                <Link href={`/resumes/${r.id}`} className="font-semibold break-words text-primary underline-offset-4 user-text hover:underline">
                  {r.original_filename}
                </Link>
              </span>
              <span role="cell" className="col-span-2 min-w-0 break-words text-fg user-text md:col-span-1">
                {r.candidate_name || <span className="text-muted">{t("resumes.list.unknownCandidate")}</span>}
              </span>
              <span role="cell" className="min-w-0">
                <StatusBadge status={r.status} error={r.error} />
              </span>
              <span role="cell" className="text-right font-semibold text-fg tabular-nums md:text-right" aria-label={`${t("resumes.list.col.score")}: ${score ?? "—"}`}>
                <span className="mr-1 text-xs font-normal text-muted md:hidden">{t("resumes.list.col.score")}</span>
                {score ?? dash}
              </span>
              <span role="cell" className="text-fg tabular-nums md:text-right">
                <span className="mr-1 text-xs text-muted md:hidden">{t("resumes.list.col.confidence")}</span>
                {confidence ?? dash}
              </span>
              <span role="cell" className="min-w-0 break-words text-fg user-text">
                {r.vacancy_title ?? dash}
              </span>
              <span role="cell" className="col-span-2 text-muted md:col-span-1">
                {formatDate(r.upload_date, locale, false, "short")}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Pager({ skip, limit, shown, total, onPage }: { skip: number; limit: number; shown: number; total: number; onPage: (skip: number) => void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t("resumes.list.pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
      <p className="text-sm text-muted tabular-nums">
        {t("resumes.list.range", { from: total === 0 ? 0 : skip + 1, to: skip + shown, total })}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={skip === 0} onClick={() => onPage(Math.max(0, skip - limit))}>
          {t("resumes.list.prev")}
        </Button>
        <Button variant="secondary" size="sm" disabled={skip + shown >= total} onClick={() => onPage(skip + limit)}>
          {t("resumes.list.next")}
        </Button>
      </div>
    </nav>
  );
}

function ResumeRowsSkeleton() {
  const { t } = useI18n();
  return <SkeletonRows label={t("resumes.list.loading")} />;
}

function SkeletonRows({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-3">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="h-12 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
      ))}
    </div>
  );
}

/** What the page shows until the client part can read its URL (the Suspense fallback). */
export function ResumeListSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-8">
      <div className="h-64 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
      <SkeletonRows label={label} />
    </div>
  );
}
