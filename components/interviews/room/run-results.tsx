"use client";

import { useI18n } from "@/components/i18n-provider";
import { cn } from "@/components/ui/cn";
import type { RunResult } from "./api";

function Output({ label, value, tone }: { label: string; value: string; tone?: "error" }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className={cn("mt-0.5 max-h-40 overflow-auto rounded-md bg-subtle px-2 py-1 font-mono text-xs whitespace-pre-wrap", tone === "error" ? "text-danger" : "text-fg")}>
        {value === "" ? "—" : value}
      </dd>
    </div>
  );
}

/** What Run answered: the execution's figures and every visible test's input, expected and actual output. */
export function RunResults({ result }: { result: RunResult }) {
  const { t } = useI18n();
  const { execution, summary } = result;
  const allPassed = summary.total > 0 && summary.passed === summary.total;
  return (
    <div className="space-y-4" data-testid="run-results">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p className={cn("text-base font-semibold", allPassed ? "text-success" : "text-fg")}>
          {t("room.run.summary", { passed: summary.passed, total: summary.total })}
        </p>
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
          <div className="flex gap-1">
            <dt>{t("room.run.status")}</dt>
            <dd className={cn("font-medium", execution.status === "success" ? "text-success" : "text-danger")}>{t(`room.run.status.${execution.status}`)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("room.run.time")}</dt>
            <dd className="font-medium text-fg">{t("room.run.ms", { value: Math.round(execution.execution_time_ms) })}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("room.run.memory")}</dt>
            <dd className="font-medium text-fg">{t("room.run.mb", { value: execution.memory_usage_mb.toFixed(1) })}</dd>
          </div>
        </dl>
      </div>

      <ul className="space-y-2">
        {result.visible_tests.map((test) => (
          <li key={test.id} className={cn("rounded-lg border p-3", test.status === "passed" ? "border-success/30" : "border-danger/30")}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm font-medium text-fg">{test.name}</p>
              <span className="flex items-center gap-2 text-xs">
                {test.execution_time_ms !== undefined && <span className="text-muted">{t("room.run.ms", { value: Math.round(test.execution_time_ms) })}</span>}
                <span className={cn("rounded-full px-2 py-0.5 font-semibold", test.status === "passed" ? "bg-success-soft text-success" : "bg-danger-soft text-danger")}>
                  {t(`room.test.${test.status}`)}
                </span>
              </span>
            </div>
            <dl className="mt-2 grid gap-2 sm:grid-cols-3">
              <Output label={t("room.test.input")} value={test.input} />
              <Output label={t("room.test.expected")} value={test.expected_output} />
              <Output label={t("room.test.actual")} value={test.actual_output} />
            </dl>
            {test.error_message && (
              <dl className="mt-2">
                <Output label={t("room.test.error")} value={test.error_message} tone="error" />
              </dl>
            )}
          </li>
        ))}
      </ul>

      {(execution.stdout || execution.stderr) && (
        <dl className="grid gap-2 sm:grid-cols-2">
          {execution.stdout && <Output label={t("room.run.stdout")} value={execution.stdout} />}
          {execution.stderr && <Output label={t("room.run.stderr")} value={execution.stderr} tone="error" />}
        </dl>
      )}
    </div>
  );
}
