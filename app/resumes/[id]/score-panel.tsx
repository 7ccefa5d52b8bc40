"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useI18n } from "@/components/i18n-provider";
import { apiSend, type CalculatedScore, type ResumeDetail, type VacancyOption } from "@/components/resumes/api";
import { formatConfidence, formatScore } from "@/components/resumes/format";
import { progressClasses } from "@/components/resumes/progress";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import type { MessageKey } from "@/lib/i18n";
import { VacancySelect } from "../vacancy-select";
import { useBlockTypeName } from "./blocks-card";

const COMPONENTS = ["required_skills", "nice_to_have_skills", "experience", "education", "language"];

/**
 * The fit to one vacancy: pick it, calculate (POST calculate-score), read the breakdown. The
 * numbers come from the API, computed by code; this only lays them out.
 */
export function ScorePanel({
  resume,
  vacancies,
  vacancyId,
  onPick,
}: {
  resume: ResumeDetail;
  vacancies: VacancyOption[];
  vacancyId: string;
  onPick: (id: string) => void;
}) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const blockType = useBlockTypeName();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(CalculatedScore & { vacancy_id: string }) | null>(null);

  async function calculate() {
    if (!vacancyId) return;
    setBusy(true);
    try {
      const path = `/api/v1/resumes/${encodeURIComponent(resume.id)}/calculate-score?vacancy_id=${encodeURIComponent(vacancyId)}`;
      const answer = await apiSend<CalculatedScore>(path, "POST", { vacancy_id: vacancyId });
      setResult({ ...answer, vacancy_id: answer.vacancy_id ?? vacancyId });
      toast.success(t("resumes.score.calculated", { score: formatScore(answer.total_score, locale) ?? "—" }));
      // The breakdown (components, matched/missing, per-block relevance) comes with the detail.
      onPick(vacancyId);
      await queryClient.invalidateQueries({ queryKey: ["resumes"] });
    } catch (err) {
      toast.error(t("resumes.score.failed", { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  // The detail carries the fit to the vacancy it was asked about; a stale answer (for the vacancy
  // picked before, while the new one loads) is not shown as this one's.
  const score = resume.score && resume.score.vacancy_id === vacancyId ? resume.score : null;
  const fresh = result && result.vacancy_id === vacancyId ? result : null;
  const total = score?.total_score ?? fresh?.total_score ?? null;
  const confidence = score?.confidence_score ?? fresh?.confidence_score ?? null;
  const components = score?.components ?? [];
  const matched = score?.matched_requirements ?? [];
  const missing = score?.missing_requirements ?? [];
  const relevance = score ? (resume.resume_blocks ?? []).filter((b) => b.relevance_score !== null && b.relevance_score !== undefined) : [];
  const canScore = resume.status === "analyzed";

  return (
    <Card aria-labelledby="score-title" className="p-4 sm:p-6" data-testid="score-panel">
      <CardTitle id="score-title">{t("resumes.score.title")}</CardTitle>
      {vacancies.length === 0 ? (
        <div className="mt-3 space-y-3">
          <p className="text-sm text-muted">{t("resumes.score.noVacancies")}</p>
          <ButtonLink href="/vacancies/new" variant="secondary" size="sm">
            {t("resumes.score.createVacancy")}
          </ButtonLink>
        </div>
      ) : (
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1">
            <VacancySelect
              id="score-vacancy"
              label={t("resumes.score.vacancy")}
              empty={t("resumes.score.pickVacancy")}
              vacancies={vacancies}
              value={vacancyId}
              onChange={onPick}
            />
          </div>
          <Button onClick={() => void calculate()} disabled={!vacancyId || busy || !canScore}>
            {busy ? t("resumes.score.calculating") : t("resumes.score.calculate")}
          </Button>
        </div>
      )}

      {vacancyId && total === null && vacancies.length > 0 && <p className="mt-4 text-sm text-muted">{t("resumes.score.notYet")}</p>}

      {total !== null && (
        <div className="mt-5 space-y-5" aria-live="polite">
          <div className="grid grid-cols-2 gap-3">
            <div className="rounded-xl bg-primary-soft p-4">
              <p className="text-xs font-semibold tracking-wide text-primary uppercase">{t("resumes.score.total")}</p>
              <p className="mt-1 text-3xl font-semibold text-fg tabular-nums" data-testid="total-score">
                {formatScore(total, locale)}
                <span className="ml-1 text-sm font-normal text-muted">{t("resumes.score.outOf")}</span>
              </p>
            </div>
            <div className="rounded-xl bg-subtle p-4">
              <p className="text-xs font-semibold tracking-wide text-muted uppercase">{t("resumes.score.confidence")}</p>
              <p className="mt-1 text-3xl font-semibold text-fg tabular-nums">{formatConfidence(confidence, locale) ?? "—"}</p>
              {fresh?.cached && <p className="text-xs text-muted">{t("resumes.score.cached")}</p>}
            </div>
          </div>

          {components.length > 0 && (
            <div>
              <h3 className="text-sm font-semibold text-fg">{t("resumes.score.components")}</h3>
              <table className="mt-2 w-full text-left text-sm">
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{t("resumes.score.component")}</th>
                    <th scope="col">{t("resumes.score.value")}</th>
                    <th scope="col">{t("resumes.score.weight")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-border">
                  {components.map((c) => (
                    <tr key={c.name}>
                      <th scope="row" className="py-2 pr-2 align-top font-medium text-fg">
                        {COMPONENTS.includes(c.name) ? t(`resumes.score.c.${c.name}` as MessageKey) : c.name}
                        <progress className={progressClasses("primary", "mt-1.5")} max={100} value={c.score} aria-hidden="true" />
                      </th>
                      <td className="py-2 pr-2 text-right align-top text-fg tabular-nums">{formatScore(c.score, locale)}</td>
                      <td className="py-2 text-right align-top whitespace-nowrap text-muted tabular-nums">
                        {t("resumes.score.weight")} {formatConfidence(c.weight, locale)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
            <Requirements title={t("resumes.score.matched")} items={matched} tone="success" testId="matched" />
            <Requirements title={t("resumes.score.missing")} items={missing} tone="danger" testId="missing" />
          </div>

          {relevance.length > 0 && (
            <div>
              <h3 className="text-sm font-semibold text-fg">{t("resumes.score.blocks")}</h3>
              <ul className="mt-2 space-y-2 text-sm">
                {relevance.map((b) => (
                  <li key={b.id}>
                    <div className="flex items-baseline justify-between gap-2">
                      <span className="min-w-0 truncate text-fg user-text">
                        {blockType(b.block_type)}
                        <span className="text-muted"> · {b.block_name}</span>
                      </span>
                      <span className="text-muted tabular-nums">{formatConfidence(b.relevance_score, locale)}</span>
                    </div>
                    <progress className={progressClasses("primary", "mt-1")} max={1} value={b.relevance_score ?? 0} aria-hidden="true" />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="text-xs text-muted">{t("resumes.score.explain")}</p>
        </div>
      )}
    </Card>
  );
}

/**
 * The scorer names requirements in English ("experience: 3+ years", "education: master",
 * "language: en"); skills are names from the taxonomy and stay as they are.
 */
function useRequirementName() {
  const { t } = useI18n();
  return (item: string) => {
    let m = /^experience: (\d+(?:\.\d+)?)\+ years$/.exec(item);
    if (m) return t("resumes.score.req.experience", { years: m[1] });
    m = /^education: (\w+)$/.exec(item);
    if (m && EDUCATION.includes(m[1])) return t("resumes.score.req.education", { level: t(`resumes.detail.edu.${m[1]}` as MessageKey) });
    m = /^language: (en|ru)$/.exec(item);
    if (m) return t("resumes.score.req.language", { language: t(`resumes.detail.lang.${m[1]}` as MessageKey) });
    return item;
  };
}

const EDUCATION = ["none", "secondary", "bachelor", "master", "phd"];

function Requirements({ title, items, tone, testId }: { title: string; items: string[]; tone: "success" | "danger"; testId: string }) {
  const { t } = useI18n();
  const name = useRequirementName();
  const chip = tone === "success" ? "bg-success-soft text-success" : "bg-danger-soft text-danger";
  return (
    <div data-testid={testId}>
      <h3 className="text-sm font-semibold text-fg">{title}</h3>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t("resumes.score.none")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {items.map((item) => (
            <li key={item} className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${chip}`}>
              {name(item)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
