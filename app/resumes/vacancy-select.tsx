"use client";

import type { VacancyOption } from "@/components/resumes/api";

export const selectClasses =
  "block h-10 w-full rounded-lg border border-border bg-surface px-3 text-sm text-fg shadow-xs hover:border-border-strong focus-visible:border-primary";

/** A labelled list of the company's vacancies, with an "any/none" first option. */
export function VacancySelect({
  id,
  label,
  empty,
  vacancies,
  value,
  onChange,
}: {
  id: string;
  label: string;
  empty: string;
  vacancies: VacancyOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={selectClasses}>
        <option value="">{empty}</option>
        {vacancies.map((v) => (
          <option key={v.id} value={v.id}>
            {v.code ? `${v.title} (${v.code})` : v.title}
          </option>
        ))}
      </select>
    </div>
  );
}
