"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useI18n } from "@/components/i18n-provider";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { apiJson, type InterviewListAnswer } from "./api";
import { formatPercent } from "./format";

/**
 * The home page's coding interviews card. A company sees how many are running and finished, their
 * mean overall score and the newest finished ones; a candidate, a way to practise and their own.
 */
export function CodingInterviewsCard({ role }: { role: "company" | "candidate" }) {
  const { t, locale } = useI18n();
  const list = useQuery({ queryKey: ["interviews", "list"], queryFn: async () => (await apiJson<InterviewListAnswer>("/api/interviews")).interviews });
  const rows = list.data ?? [];
  const running = rows.filter((r) => r.status === "IN_PROGRESS").length;
  const finished = rows.filter((r) => r.status === "FINISHED");
  const scored = finished.map((r) => r.overall_score).filter((s): s is number => s !== null);
  const mean = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
  const company = role === "company";

  return (
    <Card aria-labelledby="coding-card" data-testid="coding-card">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <CardTitle id="coding-card">{t("interviews.card.title")}</CardTitle>
        <Link href="/interviews" className="text-sm font-semibold text-primary underline-offset-4 hover:underline">
          {company ? t("interviews.card.all") : t("interviews.card.mine")}
        </Link>
      </div>
      {list.isPending ? (
        <div role="status" aria-label={t("interviews.list.loading")} className="mt-4 h-14 animate-pulse rounded-lg bg-subtle motion-reduce:animate-none" />
      ) : list.isError ? (
        <p className="mt-3 text-sm text-muted">{t("interviews.card.unavailable")}</p>
      ) : (
        <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
          {[
            { label: t("interviews.card.running"), value: String(running) },
            { label: t("interviews.card.finished"), value: String(finished.length) },
            { label: t("interviews.card.meanScore"), value: formatPercent(mean, locale) ?? "—" },
          ].map((f) => (
            <div key={f.label} className="rounded-lg bg-subtle px-2 py-2">
              <dt className="text-xs text-muted">{f.label}</dt>
              <dd className="mt-0.5 text-lg font-semibold text-fg tabular-nums">{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-3 text-sm text-muted">{company ? t("interviews.card.companyBody") : t("interviews.card.candidateBody")}</p>
      <ButtonLink href={company ? "/interviews" : "/interviews/new"} variant="secondary" size="sm" className="mt-4">
        {company ? t("interviews.card.create") : t("interviews.practice")}
      </ButtonLink>
    </Card>
  );
}
