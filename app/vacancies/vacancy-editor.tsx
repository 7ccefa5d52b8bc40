"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card, CardLead, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { MessageKey } from "@/lib/i18n";
import type { VacancyViewValue } from "@/lib/vacancies/schemas";
import { callApi } from "./api-client";
import { applyChange, diffRequirements, isEmptyChange, type Proposal, type RequirementsChange } from "./requirements-diff";
import { SkillPicker } from "./skill-picker";

const STATUSES = ["open", "draft", "closed"] as const;
const LANGUAGES = ["en", "ru"] as const;
const EDUCATION = ["none", "secondary", "bachelor", "master", "phd"] as const;

interface Draft {
  title: string;
  code: string;
  status: string;
  location: string;
  language: string;
  description: string;
  required_skills: string[];
  nice_to_have_skills: string[];
  min_experience_years: string;
  education_level: string;
}

function fromVacancy(v?: VacancyViewValue, language = "en"): Draft {
  return {
    title: v?.title ?? "",
    code: v?.code ?? "",
    status: v?.status ?? "open",
    location: v?.location ?? "",
    language: v?.language ?? language,
    description: v?.description ?? "",
    required_skills: v?.required_skills ?? [],
    nice_to_have_skills: v?.nice_to_have_skills ?? [],
    min_experience_years: v?.min_experience_years?.toString() ?? "",
    education_level: v?.education_level ?? "none",
  };
}

const selectClass =
  "block h-10 w-full rounded-lg border border-border bg-surface px-3 text-[0.95rem] text-fg shadow-xs hover:border-border-strong focus-visible:border-primary";

function Select({ label, name, value, onChange, options }: { label: string; name: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <select id={name} name={name} value={value} onChange={(e) => onChange(e.target.value)} className={selectClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The vacancy form: create (no `vacancy`) or edit, with requirements read from the description on request. */
export function VacancyEditor({ vacancy, suggestions }: { vacancy?: VacancyViewValue; suggestions: string[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => fromVacancy(vacancy, locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [extracting, setExtracting] = useState(false);
  const [proposal, setProposal] = useState<RequirementsChange | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const requirements = () => ({
    required_skills: draft.required_skills,
    nice_to_have_skills: draft.nice_to_have_skills,
    min_experience_years: draft.min_experience_years === "" ? null : Number(draft.min_experience_years),
    education_level: draft.education_level,
    language: draft.language,
  });

  async function extract() {
    if (!draft.description.trim()) {
      toast.error(t("vacancies.extract.needText"));
      return;
    }
    setExtracting(true);
    try {
      const res = await callApi<Proposal>("POST", "/api/vacancies/extract-requirements", { text: draft.description, language: draft.language });
      if (!res.ok) throw new Error(res.code);
      setProposal(diffRequirements(requirements(), res.data));
    } catch {
      toast.error(t("vacancies.failed"));
    } finally {
      setExtracting(false);
    }
  }

  function applyProposal(change: RequirementsChange) {
    const next = applyChange(requirements(), change);
    setDraft((d) => ({
      ...d,
      required_skills: next.required_skills,
      nice_to_have_skills: next.nice_to_have_skills,
      min_experience_years: next.min_experience_years === null ? "" : String(next.min_experience_years),
      education_level: next.education_level,
      language: next.language,
    }));
    setProposal(null);
    toast.success(t("vacancies.extract.applied"));
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    const body = {
      title: draft.title,
      code: draft.code,
      status: draft.status,
      location: draft.location,
      description: draft.description,
      ...requirements(),
      min_experience_years: draft.min_experience_years.trim() === "" ? null : draft.min_experience_years,
    };
    try {
      const res = vacancy
        ? await callApi<{ vacancy: VacancyViewValue }>("PUT", `/api/vacancies/${vacancy.id}`, body)
        : await callApi<{ vacancy: VacancyViewValue; vacancy_id: string }>("POST", "/api/vacancies/create", body);
      if (!res.ok) {
        const fieldErrors: Record<string, string> = {};
        for (const field of Object.keys(res.fieldErrors)) fieldErrors[field] = t(res.code === "CONFLICT" && field === "code" ? "vacancies.codeTaken" : "errors.invalid");
        setErrors(fieldErrors);
        toast.error(t(res.code === "CONFLICT" ? "vacancies.codeTaken" : res.status === 422 ? "vacancies.saveFailed" : "vacancies.failed"));
        return;
      }
      setErrors({});
      if (vacancy) {
        setDraft(fromVacancy(res.data.vacancy));
        toast.success(t("vacancies.saved"));
        router.refresh();
      } else {
        toast.success(t("vacancies.created"));
        router.push(`/vacancies/${res.data.vacancy.id}`);
      }
    } catch {
      toast.error(t("vacancies.failed"));
    } finally {
      setSaving(false);
    }
  }

  const label = (key: MessageKey) => t(key);
  return (
    <form onSubmit={save} noValidate className="space-y-6">
      <Card className="space-y-5">
        <CardTitle>{t("vacancies.section.basics")}</CardTitle>
        <TextField label={label("vacancies.field.title")} name="title" required value={draft.title} onChange={(e) => set("title", e.target.value)} error={errors.title} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label={label("vacancies.field.code")}
            name="code"
            value={draft.code}
            onChange={(e) => set("code", e.target.value)}
            hint={t("vacancies.field.codeHint")}
            error={errors.code}
            autoCapitalize="characters"
          />
          <Select
            label={label("vacancies.field.status")}
            name="status"
            value={draft.status}
            onChange={(v) => set("status", v)}
            options={STATUSES.map((s) => ({ value: s, label: t(`vacancies.status.${s}`) }))}
          />
          <TextField label={label("vacancies.field.location")} name="location" value={draft.location} onChange={(e) => set("location", e.target.value)} error={errors.location} />
          <Select
            label={label("vacancies.field.language")}
            name="language"
            value={draft.language}
            onChange={(v) => set("language", v)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`vacancies.language.${l}`) }))}
          />
        </div>
        <TextAreaField
          label={label("vacancies.field.description")}
          name="description"
          rows={8}
          value={draft.description}
          onChange={(e) => set("description", e.target.value)}
          error={errors.description}
        />
      </Card>

      <Card className="space-y-5">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <CardTitle>{t("vacancies.section.requirements")}</CardTitle>
            <CardLead>{t("vacancies.section.requirementsLead")}</CardLead>
          </div>
          <Button variant="secondary" onClick={extract} disabled={extracting} className="self-start">
            {extracting ? t("vacancies.extracting") : t("vacancies.extract")}
          </Button>
        </div>
        {proposal && <ProposalPanel change={proposal} onApply={() => applyProposal(proposal)} onDismiss={() => setProposal(null)} />}
        <SkillPicker
          name="required_skills"
          label={t("vacancies.field.required")}
          value={draft.required_skills}
          onChange={(v) => set("required_skills", v)}
          suggestions={suggestions}
          error={errors.required_skills}
        />
        <SkillPicker
          name="nice_to_have_skills"
          label={t("vacancies.field.nice")}
          value={draft.nice_to_have_skills}
          onChange={(v) => set("nice_to_have_skills", v)}
          suggestions={suggestions}
          error={errors.nice_to_have_skills}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            label={label("vacancies.field.minYears")}
            name="min_experience_years"
            type="number"
            inputMode="decimal"
            min={0}
            max={60}
            step={0.5}
            value={draft.min_experience_years}
            onChange={(e) => set("min_experience_years", e.target.value)}
            error={errors.min_experience_years}
          />
          <Select
            label={label("vacancies.field.education")}
            name="education_level"
            value={draft.education_level}
            onChange={(v) => set("education_level", v)}
            options={EDUCATION.map((l) => ({ value: l, label: t(`vacancies.education.${l}`) }))}
          />
        </div>
      </Card>

      <div className="flex justify-end">
        <Button type="submit" disabled={saving} size="lg" className="w-full sm:w-auto">
          {saving ? t("vacancies.saving") : vacancy ? t("vacancies.save") : t("vacancies.create")}
        </Button>
      </div>
    </form>
  );
}

function ProposalPanel({ change, onApply, onDismiss }: { change: RequirementsChange; onApply: () => void; onDismiss: () => void }) {
  const { t } = useI18n();
  const empty = isEmptyChange(change);
  const unset = t("vacancies.extract.unset");
  const edu = (v: string) => t(`vacancies.education.${v}` as MessageKey);
  const lang = (v: string) => t(`vacancies.language.${v}` as MessageKey);
  const lines = [
    change.addRequired.length > 0 && t("vacancies.extract.addRequired", { skills: change.addRequired.join(", ") }),
    change.addNice.length > 0 && t("vacancies.extract.addNice", { skills: change.addNice.join(", ") }),
    change.years && t("vacancies.extract.years", { from: change.years.from ?? unset, to: change.years.to }),
    change.education && t("vacancies.extract.education", { from: edu(change.education.from), to: edu(change.education.to) }),
    change.language && t("vacancies.extract.language", { from: lang(change.language.from), to: lang(change.language.to) }),
  ].filter((l): l is string => Boolean(l));
  return (
    <section aria-live="polite" aria-labelledby="proposal-title" className={cn("rounded-xl border border-primary/25 bg-primary-soft p-4")} data-testid="requirements-proposal">
      <h3 id="proposal-title" className="font-semibold text-fg">
        {t("vacancies.extract.title")}
      </h3>
      <p className="mt-1 text-sm text-muted">{empty ? t("vacancies.extract.nothing") : t("vacancies.extract.lead")}</p>
      {!empty && (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm break-words text-fg">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        {!empty && (
          <Button size="sm" onClick={onApply}>
            {t("vacancies.extract.apply")}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          {t("vacancies.extract.dismiss")}
        </Button>
      </div>
    </section>
  );
}
