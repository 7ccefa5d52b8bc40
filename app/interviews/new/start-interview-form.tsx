"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n-provider";
import { createInterview, LANGUAGE_NAMES, type InterviewLanguage, type InterviewLevel } from "@/components/interviews/room/api";
import { errorText } from "@/components/interviews/room/error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

function Choice<V extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: V; options: Array<{ value: V; label: string; hint?: string }>; onChange: (v: V) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-fg">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className={cn(
              "flex cursor-pointer flex-col rounded-lg border px-4 py-3 transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              value === o.value ? "border-primary bg-primary-soft" : "border-border hover:border-border-strong",
            )}
          >
            <span className="flex items-center gap-2 text-sm font-medium text-fg">
              <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="accent-[var(--c-primary)]" />
              {o.label}
            </span>
            {o.hint && <span className="mt-1 pl-6 text-xs text-muted">{o.hint}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** POST /api/interviews for the signed-in account, then into the room. */
export function StartInterviewForm({ defaultInterviewLanguage }: { defaultInterviewLanguage: "en" | "ru" }) {
  const { t } = useI18n();
  const router = useRouter();
  const [language, setLanguage] = useState<InterviewLanguage>("python");
  const [level, setLevel] = useState<InterviewLevel>("junior");
  const [speaks, setSpeaks] = useState<"en" | "ru">(defaultInterviewLanguage);
  const start = useMutation({
    mutationFn: () => createInterview({ language, level, interview_language: speaks }),
    onSuccess: (created) => router.push(`/interviews/${created.interview_id}`),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    start.mutate();
  }

  return (
    <Card>
      <form onSubmit={submit} className="space-y-6">
        <Choice
          legend={t("room.new.language")}
          name="language"
          value={language}
          onChange={setLanguage}
          options={[
            { value: "python", label: LANGUAGE_NAMES.python },
            { value: "javascript", label: LANGUAGE_NAMES.javascript },
          ]}
        />
        <Choice
          legend={t("room.new.level")}
          name="level"
          value={level}
          onChange={setLevel}
          options={[
            { value: "junior", label: t("room.level.junior"), hint: t("room.new.juniorHint") },
            { value: "middle", label: t("room.level.middle"), hint: t("room.new.middleHint") },
          ]}
        />
        <Choice
          legend={t("room.new.interviewLanguage")}
          name="interview_language"
          value={speaks}
          onChange={setSpeaks}
          options={[
            { value: "en", label: "English" },
            { value: "ru", label: "Русский" },
          ]}
        />
        <p className="text-sm text-muted">{t("room.new.note")}</p>
        {start.isError && <Alert tone="error">{errorText(t, start.error)}</Alert>}
        <Button type="submit" size="lg" disabled={start.isPending || start.isSuccess}>
          {start.isPending || start.isSuccess ? t("room.new.starting") : t("room.new.start")}
        </Button>
      </form>
    </Card>
  );
}
