import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { estimateTokens } from "./builtin/offline";
import type { ChatMessage, ProviderName, Usage } from "./types";

export interface UsageRecord {
  userId?: string | null;
  feature: string;
  provider: ProviderName;
  model: string;
  tokensIn: number;
  tokensOut: number;
  latencyMs: number;
  ok: boolean;
  fallback: boolean;
}

// Writes in flight: the answer never waits for its usage row, but tests and shutdown can.
const pending = new Set<Promise<void>>();

/** Stores a usage row in the background; a failed write is logged, never thrown at the caller. */
export function recordUsage(row: UsageRecord): void {
  const write: Promise<void> = db()
    .aiUsage.create({
      data: {
        userId: row.userId ?? null,
        feature: row.feature.slice(0, 100),
        provider: row.provider,
        model: row.model.slice(0, 200),
        tokensIn: Math.max(0, Math.round(row.tokensIn)),
        tokensOut: Math.max(0, Math.round(row.tokensOut)),
        latencyMs: Math.max(0, Math.round(row.latencyMs)),
        ok: row.ok,
        fallback: row.fallback,
      },
      select: { id: true },
    })
    .then(
      () => undefined,
      (err: unknown) => logger.warn({ err, feature: row.feature }, "could not record AI usage"),
    )
    .finally(() => pending.delete(write));
  pending.add(write);
}

/** The usage row of one call for one feature and user: the caller adds what happened. */
export function usageRecorder(call: { actorId?: string | null; feature: string }) {
  return (row: Omit<UsageRecord, "userId" | "feature">) => recordUsage({ userId: call.actorId ?? null, feature: call.feature, ...row });
}

/** Our estimate when the provider does not report usage (and for the built-in engine). */
export function estimatedUsage(messages: ChatMessage[], answer: string): Usage {
  return { tokensIn: promptTokens(messages), tokensOut: estimateTokens(answer) };
}

export function promptTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + estimateTokens(m.content) + 4, 0);
}

/** Resolves when every usage row recorded so far has been written (or has failed). */
export async function flushUsage(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}

export interface UsageSummaryRow {
  feature: string;
  provider: string;
  model: string;
  calls: number;
  failed: number;
  fallbacks: number;
  tokensIn: number;
  tokensOut: number;
  avgLatencyMs: number;
}

/**
 * Calls, tokens and latency per feature, provider and model: what AI has cost. With a userId,
 * that user's calls only; without one, everyone's (admin views only).
 */
export async function usageSummary({ userId, since }: { userId?: string; since?: Date } = {}): Promise<UsageSummaryRow[]> {
  const groups = await db().aiUsage.groupBy({
    by: ["feature", "provider", "model", "ok", "fallback"],
    where: { ...(userId !== undefined ? { userId } : {}), ...(since ? { createdAt: { gte: since } } : {}) },
    _count: { _all: true },
    _sum: { tokensIn: true, tokensOut: true, latencyMs: true },
  });
  const rows = new Map<string, UsageSummaryRow & { latencyTotal: number }>();
  for (const g of groups) {
    const key = `${g.feature}\u0000${g.provider}\u0000${g.model}`;
    let row = rows.get(key);
    if (!row) {
      row = { feature: g.feature, provider: g.provider, model: g.model, calls: 0, failed: 0, fallbacks: 0, tokensIn: 0, tokensOut: 0, avgLatencyMs: 0, latencyTotal: 0 };
      rows.set(key, row);
    }
    const n = g._count._all;
    row.calls += n;
    if (!g.ok) row.failed += n;
    if (g.fallback) row.fallbacks += n;
    row.tokensIn += g._sum.tokensIn ?? 0;
    row.tokensOut += g._sum.tokensOut ?? 0;
    row.latencyTotal += g._sum.latencyMs ?? 0;
  }
  return [...rows.values()]
    .map(({ latencyTotal, ...row }) => ({ ...row, avgLatencyMs: row.calls ? Math.round(latencyTotal / row.calls) : 0 }))
    .sort((a, b) => a.feature.localeCompare(b.feature) || a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model));
}
