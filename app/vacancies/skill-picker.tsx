"use client";

import { useId, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * Skills as chips, with a text box that suggests names from the skills catalogue (a datalist:
 * native on phones, keyboard-friendly) and takes any other text as it is typed.
 */
export function SkillPicker({
  name,
  label,
  value,
  onChange,
  suggestions,
  error,
}: {
  name: string;
  label: string;
  value: string[];
  onChange: (skills: string[]) => void;
  suggestions: string[];
  error?: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState("");
  const listId = useId();
  const add = () => {
    const skills = draft
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const next = [...value];
    for (const skill of skills) {
      const known = suggestions.find((s) => s.toLowerCase() === skill.toLowerCase()) ?? skill;
      if (!next.some((s) => s.toLowerCase() === known.toLowerCase())) next.push(known);
    }
    onChange(next);
    setDraft("");
  };
  return (
    <div className="space-y-1.5">
      <label htmlFor={name} className="block text-sm font-medium text-fg">
        {label}
      </label>
      <ul className="flex min-h-8 flex-wrap gap-1.5" aria-label={label} data-testid={`${name}-chips`}>
        {value.length === 0 && <li className="py-1 text-sm text-muted">{t("vacancies.skills.none")}</li>}
        {value.map((skill) => (
          <li key={skill} className="inline-flex items-center gap-1 rounded-full border border-primary/25 bg-primary-soft py-0.5 pr-1 pl-2.5 text-sm text-fg">
            <span className="user-text">{skill}</span>
            <button
              type="button"
              onClick={() => onChange(value.filter((s) => s !== skill))}
              className="inline-flex size-6 items-center justify-center rounded-full text-muted hover:bg-subtle hover:text-fg"
              aria-label={t("vacancies.skills.remove", { skill })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <input
          id={name}
          list={listId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === ",") {
              e.preventDefault();
              add();
            }
          }}
          placeholder={t("vacancies.skills.placeholder")}
          aria-invalid={error ? true : undefined}
          className={cn(
            "block h-10 w-full min-w-0 rounded-lg border bg-surface px-3 text-[0.95rem] text-fg shadow-xs placeholder:text-muted/70 hover:border-border-strong focus-visible:border-primary",
            error ? "border-danger" : "border-border",
          )}
        />
        <Button variant="secondary" onClick={add} disabled={!draft.trim()}>
          {t("vacancies.skills.add")}
        </Button>
      </div>
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {error && <p className="text-sm text-danger">{error}</p>}
    </div>
  );
}
