"use client";

import { forwardRef } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { Task } from "./api";
import { Markdown } from "./markdown";

function Sample({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="mt-0.5 overflow-x-auto rounded-md bg-subtle px-2 py-1 font-mono text-xs whitespace-pre-wrap text-fg">{value}</dd>
    </div>
  );
}

/** The task: its Markdown description, the examples and the visible tests Run runs. */
export const TaskPanel = forwardRef<HTMLElement, { task: Task; className?: string }>(function TaskPanel({ task, className }, ref) {
  const { t } = useI18n();
  return (
    <section ref={ref} aria-labelledby="room-task-title" className={className} data-testid="task-panel">
      <h2 id="room-task-title" className="text-lg font-semibold tracking-tight text-fg">
        {t("room.task.heading")}
      </h2>
      <p className="mt-1 text-xs text-muted">{t("room.task.function", { name: task.function_name })}</p>
      <Markdown className="mt-3">{task.description}</Markdown>

      {task.examples.length > 0 && (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-fg">{t("room.task.examples")}</h3>
          <ol className="mt-2 space-y-3">
            {task.examples.map((example, i) => (
              <li key={i} className="rounded-lg border border-border p-3">
                <dl className="grid gap-2">
                  <Sample label={t("room.test.input")} value={example.input} />
                  <Sample label={t("room.test.expected")} value={example.output} />
                </dl>
                {example.explanation && <p className="mt-2 text-xs text-muted">{example.explanation}</p>}
              </li>
            ))}
          </ol>
        </div>
      )}

      {task.visible_tests.length > 0 && (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-fg">{t("room.task.visibleTests", { count: task.visible_tests.length })}</h3>
          <ul className="mt-2 space-y-2">
            {task.visible_tests.map((test) => (
              <li key={test.id} className="rounded-lg border border-border p-3">
                <p className="text-xs font-medium text-fg">{test.name}</p>
                <dl className="mt-1.5 grid gap-2 sm:grid-cols-2">
                  <Sample label={t("room.test.input")} value={test.input} />
                  <Sample label={t("room.test.expected")} value={test.expected_output} />
                </dl>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-muted">{t("room.task.hiddenNote")}</p>
        </div>
      )}
    </section>
  );
});
