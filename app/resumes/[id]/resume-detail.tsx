"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useI18n } from "@/components/i18n-provider";
import { ArrowRightIcon } from "@/components/icons";
import { ApiFailure, apiJson, apiSend, fetchVacancies, vacanciesQueryKey, type ResumeDetail } from "@/components/resumes/api";
import { formatBytes, formatDate } from "@/components/resumes/format";
import { useErrorText } from "@/components/resumes/error-text";
import { StatusBadge } from "@/components/resumes/status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { BlocksCard } from "./blocks-card";
import { FieldsCard } from "./fields-card";
import { ScorePanel } from "./score-panel";
import { SkillsCard } from "./skills-card";

export const detailKey = (id: string, vacancyId: string) => ["resumes", "detail", id, vacancyId] as const;

export function ResumeDetailView({ id, companyId }: { id: string; companyId: string }) {
  const { t } = useI18n();
  const reason = useErrorText();
  const vacancies = useQuery({ queryKey: vacanciesQueryKey(companyId), queryFn: () => fetchVacancies(companyId) });
  // The vacancy the score panel compares with; until one is picked, the resume's own.
  const [picked, setPicked] = useState<string | null>(null);

  const detail = useQuery({
    queryKey: detailKey(id, picked ?? ""),
    queryFn: () => apiJson<ResumeDetail>(`/api/v1/resumes/${encodeURIComponent(id)}${picked ? `?vacancy_id=${encodeURIComponent(picked)}` : ""}`),
    retry: (count, err) => !(err instanceof ApiFailure && err.status < 500) && count < 2,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === "uploaded" || q.state.data.status === "processing") ? 2000 : false),
    placeholderData: (prev) => prev,
  });

  const back = (
    <Link href="/resumes" className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary underline-offset-4 hover:underline">
      <ArrowRightIcon className="size-4 rotate-180" />
      {t("resumes.backToList")}
    </Link>
  );

  if (detail.isPending) {
    return (
      <div className="space-y-6" role="status" aria-label={t("resumes.detail.loading")}>
        {back}
        <div className="h-10 w-2/3 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="h-96 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
          <div className="h-96 animate-pulse rounded-2xl bg-subtle motion-reduce:animate-none" />
        </div>
      </div>
    );
  }
  if (detail.isError && !detail.data) {
    const missing = detail.error instanceof ApiFailure && (detail.error.status === 404 || detail.error.status === 422 || detail.error.status === 400);
    return (
      <div className="space-y-4">
        {back}
        <Alert tone="error">{missing ? t("resumes.detail.notFound") : t("resumes.detail.error", { reason: detail.error.message })}</Alert>
        {!missing && (
          <Button variant="secondary" onClick={() => void detail.refetch()}>
            {t("resumes.list.retry")}
          </Button>
        )}
      </div>
    );
  }
  const resume = detail.data!;
  const vacancyId = picked ?? resume.vacancy_id ?? "";

  return (
    <div className="space-y-6">
      {back}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words text-fg user-text sm:text-3xl">
            {resume.candidate_name || resume.original_filename}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            {resume.candidate_name && <span className="break-all user-text">{resume.original_filename}</span>}
            <StatusBadge status={resume.status} />
          </div>
        </div>
        <DeleteResume id={id} />
      </div>

      {resume.hidden_text && (
        <div role="alert" data-testid="hidden-text-warning" className="rounded-xl border-2 border-danger/50 bg-danger-soft px-4 py-3 text-danger">
          <p className="font-semibold">{t("resumes.detail.hiddenTitle")}</p>
          <p className="mt-1 text-sm">{t("resumes.detail.hiddenBody")}</p>
        </div>
      )}
      {resume.status === "error" && (
        <Alert tone="error">
          <span className="font-semibold">{t("resumes.detail.failedTitle")}</span>
          {resume.error ? `: ${reason(resume.error, resume.error_code)}` : ""}
        </Alert>
      )}
      {(resume.status === "uploaded" || resume.status === "processing") && <Alert tone="info">{t("resumes.detail.pending")}</Alert>}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div className="min-w-0 space-y-6 lg:order-2">
          <ScorePanel resume={resume} vacancies={vacancies.data ?? []} vacancyId={vacancyId} onPick={setPicked} />
          <FieldsCard resume={resume} />
        </div>
        <div className="min-w-0 space-y-6 lg:order-1">
          <OriginalFile resume={resume} />
          <BlocksCard blocks={resume.resume_blocks ?? []} />
          <SkillsCard skills={resume.resume_skills ?? []} />
        </div>
      </div>
    </div>
  );
}

function OriginalFile({ resume }: { resume: ResumeDetail }) {
  const { t, locale } = useI18n();
  const base = `/api/v1/resumes/${encodeURIComponent(resume.id)}/file`;
  const isPdf = resume.file_type.toLowerCase() === "pdf";
  const text = (resume.resume_blocks ?? []).map((b) => b.extracted_text).join("\n\n");
  return (
    <Card aria-labelledby="file-title" className="p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
        <CardTitle id="file-title">{t("resumes.detail.file")}</CardTitle>
        <p className="text-sm text-muted">
          {t("resumes.detail.fileMeta", {
            type: resume.file_type.toUpperCase(),
            size: formatBytes(resume.file_size, locale),
            date: formatDate(resume.upload_date, locale, true),
          })}
        </p>
      </div>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={base} download={resume.original_filename} className="font-semibold text-primary underline-offset-4 hover:underline">
          {t("resumes.detail.download")}
        </a>
        {isPdf && (
          <a href={`${base}?inline=1`} target="_blank" rel="noopener" className="font-semibold text-primary underline-offset-4 hover:underline">
            {t("resumes.detail.openNewTab")}
          </a>
        )}
      </div>
      {isPdf ? (
        <iframe
          src={`${base}?inline=1`}
          title={t("resumes.detail.pdfTitle", { name: resume.original_filename })}
          // No sandbox attribute: Chromium refuses to show a PDF in a sandboxed frame.
          className="mt-4 h-[32rem] w-full rounded-lg border border-border bg-subtle"
        />
      ) : (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-fg">{t("resumes.detail.extractedText")}</h3>
          {text ? (
            <pre className="mt-2 max-h-[32rem] overflow-auto rounded-lg border border-border bg-subtle p-3 font-sans text-sm whitespace-pre-wrap text-fg user-text" data-testid="extracted-text">
              {text}
            </pre>
          ) : (
            <p className="mt-2 text-sm text-muted">{t("resumes.detail.noText")}</p>
          )}
        </div>
      )}
    </Card>
  );
}

function DeleteResume({ id }: { id: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      await apiSend(`/api/v1/resumes/${encodeURIComponent(id)}`, "DELETE");
      toast.success(t("resumes.detail.deleted"));
      await queryClient.invalidateQueries({ queryKey: ["resumes"] });
      router.push("/resumes");
    } catch (err) {
      toast.error(t("resumes.detail.deleteFailed", { reason: (err as Error).message }));
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <Button variant="danger" onClick={() => setAsking(true)} className="self-start">
        {t("resumes.detail.delete")}
      </Button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="delete-question" className="w-full rounded-xl border border-danger/40 bg-danger-soft p-4 sm:max-w-sm">
      <p id="delete-question" className="text-sm font-medium text-fg">
        {t("resumes.detail.deleteConfirm")}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="danger" size="sm" disabled={busy} onClick={() => void remove()} autoFocus>
          {t("resumes.detail.deleteYes")}
        </Button>
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => setAsking(false)}>
          {t("resumes.detail.deleteNo")}
        </Button>
      </div>
    </div>
  );
}
