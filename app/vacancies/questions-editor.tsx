"use client";

import { useRef, useState } from "react";
import { toast } from "sonner";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card, CardLead, CardTitle } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { callApi } from "./api-client";

interface QuestionDraft {
  key: number;
  text: string;
  keyPoints: string;
}

export interface QuestionValue {
  text: string;
  key_points?: string[];
}

/** A vacancy's screening questions: add, remove, reorder, key points per question; saved as one list. */
export function QuestionsEditor({ vacancyId, initial }: { vacancyId: string; initial: QuestionValue[] }) {
  const { t } = useI18n();
  const nextKey = useRef(initial.length);
  const [questions, setQuestions] = useState<QuestionDraft[]>(() =>
    initial.map((q, i) => ({ key: i, text: q.text, keyPoints: (q.key_points ?? []).join("\n") })),
  );
  const [invalid, setInvalid] = useState<Set<number>>(new Set());
  const [saving, setSaving] = useState(false);

  const update = (key: number, patch: Partial<QuestionDraft>) => setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const move = (index: number, by: -1 | 1) =>
    setQuestions((qs) => {
      const next = [...qs];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const add = () => setQuestions((qs) => [...qs, { key: nextKey.current++, text: "", keyPoints: "" }]);

  async function save() {
    const empty = new Set(questions.filter((q) => !q.text.trim()).map((q) => q.key));
    setInvalid(empty);
    if (empty.size) {
      toast.error(t("vacancies.questions.invalid"));
      return;
    }
    setSaving(true);
    try {
      const body = {
        questions: questions.map((q) => ({
          text: q.text.trim(),
          key_points: q.keyPoints
            .split("\n")
            .map((s) => s.trim())
            .filter(Boolean),
        })),
      };
      const res = await callApi("POST", `/api/vacancies/${vacancyId}/questions`, body);
      if (res.ok) toast.success(t("vacancies.questions.saved"));
      else toast.error(t(res.status === 422 ? "vacancies.questions.invalid" : "vacancies.failed"));
    } catch {
      toast.error(t("vacancies.failed"));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card className="space-y-5" aria-labelledby="questions-title">
      <div>
        <CardTitle id="questions-title">{t("vacancies.questions.title")}</CardTitle>
        <CardLead>{t("vacancies.questions.lead")}</CardLead>
      </div>
      {questions.length === 0 && <p className="rounded-lg border border-dashed border-border-strong p-4 text-sm text-muted">{t("vacancies.questions.empty")}</p>}
      <ol className="space-y-4">
        {questions.map((q, i) => {
          const n = i + 1;
          return (
            <li key={q.key} className="space-y-3 rounded-xl border border-border bg-bg p-3 sm:p-4" data-testid="question">
              <TextAreaField
                label={t("vacancies.questions.text", { n })}
                name={`question-${q.key}`}
                rows={2}
                className="min-h-16"
                value={q.text}
                onChange={(e) => update(q.key, { text: e.target.value })}
                error={invalid.has(q.key) ? t("errors.invalid") : undefined}
              />
              <TextAreaField
                label={t("vacancies.questions.keyPoints")}
                name={`key-points-${q.key}`}
                rows={3}
                className="min-h-20"
                value={q.keyPoints}
                onChange={(e) => update(q.key, { keyPoints: e.target.value })}
              />
              <div className="flex flex-wrap gap-2">
                <Button size="sm" variant="secondary" onClick={() => move(i, -1)} disabled={i === 0} aria-label={t("vacancies.questions.up", { n })}>
                  <span aria-hidden="true">↑</span>
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => move(i, 1)}
                  disabled={i === questions.length - 1}
                  aria-label={t("vacancies.questions.down", { n })}
                >
                  <span aria-hidden="true">↓</span>
                </Button>
                <Button size="sm" variant="danger" onClick={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))} aria-label={t("vacancies.questions.remove", { n })}>
                  <span aria-hidden="true">×</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-col gap-2 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={add}>
          {t("vacancies.questions.add")}
        </Button>
        <Button onClick={save} disabled={saving}>
          {saving ? t("vacancies.saving") : t("vacancies.questions.save")}
        </Button>
      </div>
    </Card>
  );
}
