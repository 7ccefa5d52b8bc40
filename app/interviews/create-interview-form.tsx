"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { apiJson, apiSend, ApiFailure, type CreatedInterview, type InterviewLanguage, type InterviewLevel, type TaskListAnswer } from "@/components/interviews/company/api";
import { SelectField } from "@/components/interviews/company/select-field";
import { useI18n } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardLead, CardTitle } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";

interface Invite {
  id: string;
  url: string;
  candidate: string;
}

/**
 * A company creates an interview for one candidate. The answer holds the invite link, which the
 * API stores only hashed: it is shown here once, with a copy button.
 */
export function CreateInterviewForm() {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<InterviewLanguage>("python");
  const [level, setLevel] = useState<InterviewLevel>("junior");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; email?: string; form?: string }>({});
  const [invite, setInvite] = useState<Invite | null>(null);
  const [copied, setCopied] = useState(false);

  const tasks = useQuery({ queryKey: ["interviews", "tasks"], queryFn: () => apiJson<TaskListAnswer>("/api/interviews/tasks"), staleTime: 300_000 });
  const fitting = (tasks.data?.tasks ?? []).filter((task) => task.level === level && task.languages.includes(language));

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formElement = e.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get("candidate_name") ?? "").trim();
    const email = String(form.get("candidate_email") ?? "").trim();
    const next: typeof errors = {};
    if (!name) next.name = t("interviews.create.nameRequired");
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) next.email = t("interviews.create.emailInvalid");
    setErrors(next);
    if (next.name || next.email) return;
    setBusy(true);
    try {
      const created = await apiSend<CreatedInterview>("/api/interviews", "POST", {
        candidate_name: name,
        candidate_email: email || undefined,
        language,
        level,
        interview_language: form.get("interview_language"),
        duration_minutes: Number(form.get("duration_minutes")),
        task_id: form.get("task_id") || undefined,
      });
      const url = created.invite_url ? new URL(created.invite_url, window.location.origin).toString() : null;
      if (!url) throw new ApiFailure(500, t("interviews.create.noInvite"));
      setInvite({ id: created.interview_id, url, candidate: name });
      setCopied(false);
      formElement.reset();
      toast.success(t("interviews.create.created", { name }));
      await queryClient.invalidateQueries({ queryKey: ["interviews", "list"] });
    } catch (err) {
      setErrors({ form: t("interviews.create.failed", { reason: (err as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!invite) return;
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopied(true);
      toast.success(t("interviews.invite.copied"));
    } catch {
      // No clipboard permission (an http origin, an old browser): the link is selected for a manual copy.
      (document.getElementById("invite-url") as HTMLInputElement | null)?.select();
      toast.info(t("interviews.invite.copyManually"));
    }
  }

  return (
    <Card aria-labelledby="create-title" className="p-4 sm:p-6">
      <CardTitle id="create-title">{t("interviews.create.title")}</CardTitle>
      <CardLead>{t("interviews.create.lead")}</CardLead>

      {invite && (
        <div className="mt-5 rounded-xl border border-success/30 bg-success-soft p-4" data-testid="invite" role="status">
          <p className="font-semibold text-fg">{t("interviews.invite.title", { name: invite.candidate })}</p>
          <p className="mt-1 text-sm text-muted">{t("interviews.invite.once")}</p>
          <div className="mt-3 flex flex-col gap-2 sm:flex-row">
            <label htmlFor="invite-url" className="sr-only">
              {t("interviews.invite.label")}
            </label>
            <input
              id="invite-url"
              readOnly
              value={invite.url}
              onFocus={(e) => e.currentTarget.select()}
              className="h-10 min-w-0 flex-1 rounded-lg border border-border bg-surface px-3 font-mono text-sm text-fg"
            />
            <Button onClick={() => void copy()}>{copied ? t("interviews.invite.copiedShort") : t("interviews.invite.copy")}</Button>
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <ButtonLink href={`/interviews/${invite.id}/live`} variant="secondary" size="sm">
              {t("interviews.invite.watch")}
            </ButtonLink>
            <Button variant="ghost" size="sm" onClick={() => setInvite(null)}>
              {t("interviews.invite.dismiss")}
            </Button>
          </div>
        </div>
      )}

      <form onSubmit={(e) => void submit(e)} noValidate className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField label={t("interviews.create.name")} name="candidate_name" autoComplete="off" maxLength={200} required error={errors.name} />
        <TextField
          label={t("interviews.create.email")}
          name="candidate_email"
          type="email"
          autoComplete="off"
          maxLength={320}
          hint={t("interviews.create.emailHint")}
          error={errors.email}
        />
        <SelectField
          label={t("interviews.create.language")}
          name="language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as InterviewLanguage)}
          options={[
            { value: "python", label: "Python" },
            { value: "javascript", label: "JavaScript" },
          ]}
        />
        <SelectField
          label={t("interviews.create.level")}
          name="level"
          value={level}
          onChange={(e) => setLevel(e.target.value as InterviewLevel)}
          options={[
            { value: "junior", label: t("interviews.level.junior") },
            { value: "middle", label: t("interviews.level.middle") },
          ]}
        />
        <SelectField
          label={t("interviews.create.interviewLanguage")}
          name="interview_language"
          defaultValue={locale}
          hint={t("interviews.create.interviewLanguageHint")}
          options={[
            { value: "en", label: t("lang.en") },
            { value: "ru", label: t("lang.ru") },
          ]}
        />
        <TextField
          label={t("interviews.create.duration")}
          name="duration_minutes"
          type="number"
          inputMode="numeric"
          min={10}
          max={240}
          step={5}
          defaultValue={60}
          hint={t("interviews.create.durationHint")}
        />
        <div className="sm:col-span-2 lg:col-span-3">
          <SelectField
            key={`${language}-${level}`}
            label={t("interviews.create.task")}
            name="task_id"
            defaultValue=""
            hint={tasks.isError ? t("interviews.create.tasksFailed") : t("interviews.create.taskHint")}
            options={[{ value: "", label: t("interviews.create.anyTask") }, ...fitting.map((task) => ({ value: task.id, label: task.title[locale] }))]}
          />
        </div>
        {errors.form && (
          <div className="sm:col-span-2 lg:col-span-3">
            <Alert tone="error">{errors.form}</Alert>
          </div>
        )}
        <div className="sm:col-span-2 lg:col-span-3">
          <Button type="submit" disabled={busy}>
            {busy ? t("interviews.create.creating") : t("interviews.create.submit")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
