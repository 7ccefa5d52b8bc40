"use client";

import { useI18n } from "@/components/i18n-provider";
import type { ResumeDetail } from "@/components/resumes/api";
import { Card, CardTitle } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import type { MessageKey } from "@/lib/i18n";

// lib/resumes/types.ts EDUCATION_LEVELS (its index is server code a client bundle must not pull in).
const EDUCATION_LEVELS = ["none", "secondary", "bachelor", "master", "phd"];

/** YYYY-MM as a short month and year in the reader's language. */
function month(value: string | null, locale: string): string | null {
  if (!value) return null;
  const [y, m] = value.split("-").map(Number);
  if (!y) return value;
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric" }).format(new Date(Date.UTC(y, (m || 1) - 1, 1)));
}

export function FieldsCard({ resume }: { resume: ResumeDetail }) {
  const { t, locale } = useI18n();
  const parsed = resume.parsed ?? {};
  const none = <span className="font-normal text-muted">{t("resumes.detail.notFoundValue")}</span>;
  // A value the dictionary has a word for, else the value as the API gave it.
  const word = (value: string | null | undefined, prefix: string, known: readonly string[]) =>
    value ? (known.includes(value) ? t(`${prefix}.${value}` as MessageKey) : value) : null;
  const years = resume.experience_years;

  return (
    <Card aria-labelledby="fields-title" className="p-4 sm:p-6">
      <CardTitle id="fields-title">{t("resumes.detail.fields")}</CardTitle>
      <div className="mt-2">
        <DefinitionList
          compact
          rows={[
            { label: t("resumes.detail.name"), value: resume.candidate_name || none },
            { label: t("resumes.detail.email"), value: parsed.email ? <span className="break-all">{parsed.email}</span> : none },
            { label: t("resumes.detail.phone"), value: parsed.phone || none },
            { label: t("resumes.detail.location"), value: parsed.location || none },
            { label: t("resumes.detail.language"), value: word(resume.language, "resumes.detail.lang", ["en", "ru"]) || none },
            {
              label: t("resumes.detail.experience"),
              value: years === null || years === undefined ? none : t.plural("resumes.count.years", years),
            },
            { label: t("resumes.detail.educationLevel"), value: word(resume.education_level, "resumes.detail.edu", EDUCATION_LEVELS) || none },
            { label: t("resumes.detail.languages"), value: parsed.languages?.length ? parsed.languages.join(", ") : none },
          ]}
        />
      </div>
      {parsed.positions && parsed.positions.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-fg">{t("resumes.detail.positions")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {parsed.positions.map((p, i) => (
              <li key={i} className="user-text">
                <span className="font-medium text-fg">{p.title}</span>
                {p.company && <span className="text-muted"> · {p.company}</span>}
                <span className="block text-xs text-muted tabular-nums">
                  {month(p.start, locale) ?? "?"} – {p.end ? month(p.end, locale) : t("resumes.detail.present")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {parsed.education && parsed.education.length > 0 && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-fg">{t("resumes.detail.education")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {parsed.education.map((e, i) => (
              <li key={i} className="user-text">
                <span className="font-medium text-fg">{e.institution}</span>
                {(e.degree || e.year) && <span className="block text-xs text-muted">{[e.degree, e.year].filter(Boolean).join(", ")}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
