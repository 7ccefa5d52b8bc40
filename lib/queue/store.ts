import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import type { ClaimedJob, JobState, JobStatus } from "./types";

/*
 * Every read and write of the jobs table. Claims are one UPDATE over a
 * `SELECT ... FOR UPDATE SKIP LOCKED` subquery, so concurrent workers on PostgreSQL never take
 * the same job and never wait on each other; PGlite (one process) runs the same SQL. A worker
 * holds a job by a lease (`locked_until`) that it renews while running; an expired lease means
 * the worker is gone and the job may be claimed again. `locked_by` names the run, not only the
 * worker (`<worker id>/<run>`), so a run that lost its lease (a stalled event loop) can never
 * write over the run that took the job over, even in the same process.
 */

const RETURNING = `RETURNING "id", "name", "payload", "attempts", "max_attempts", "progress", "locked_by" AS "lock"`;
const runLock = (workerId: string) => `${workerId}/${randomBytes(4).toString("hex")}`;
const CLAIMABLE = `("status" = 'queued' OR ("status" = 'running' AND "locked_until" < now()))`;
const leaseSql = (param: string) => `now() + ${param}::int * interval '1 millisecond'`;

export async function insertJob(input: {
  name: string;
  payload: unknown;
  maxAttempts: number;
  delayMs: number;
  dedupeKey?: string;
  ownerUserId?: string;
  ownerCompanyId?: string;
}): Promise<{ id: string; created: boolean }> {
  const data = {
    name: input.name,
    payload: (input.payload ?? null) as Prisma.InputJsonValue,
    maxAttempts: input.maxAttempts,
    runAt: new Date(Date.now() + input.delayMs),
    dedupeKey: input.dedupeKey,
    ownerUserId: input.ownerUserId ?? null,
    ownerCompanyId: input.ownerCompanyId ?? null,
  };
  if (!input.dedupeKey) return { id: (await db().job.create({ data, select: { id: true } })).id, created: true };
  // The unique index decides between two concurrent enqueues with one key.
  const rows = await db().$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO "jobs" ("id", "name", "payload", "max_attempts", "run_at", "dedupe_key", "owner_user_id", "owner_company_id", "updated_at")
     VALUES (gen_random_uuid(), $1, $2::jsonb, $3, $4, $5, $6::uuid, $7::uuid, now())
     ON CONFLICT ("dedupe_key") DO NOTHING RETURNING "id"`,
    data.name, JSON.stringify(input.payload ?? null), data.maxAttempts, data.runAt, data.dedupeKey, data.ownerUserId, data.ownerCompanyId,
  );
  if (rows[0]) return { id: rows[0].id, created: true };
  const existing = await db().job.findUniqueOrThrow({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  return { id: existing.id, created: false };
}

/** A job by id; with `ownedBy`, only when that user or company owns it. */
export async function findJob(id: string, ownedBy?: { userId: string; companyId?: string }): Promise<JobState | null> {
  const owners = ownedBy
    ? [{ ownerUserId: ownedBy.userId }, ...(ownedBy.companyId ? [{ ownerCompanyId: ownedBy.companyId }] : [])]
    : undefined;
  const job = await db().job.findFirst({ where: { id, ...(owners ? { OR: owners } : {}) } });
  if (!job) return null;
  return {
    id: job.id,
    name: job.name,
    status: job.status,
    progress: job.progress,
    attempts: job.attempts,
    max_attempts: job.maxAttempts,
    result: job.result ?? null,
    error: job.error,
    run_at: job.runAt.toISOString(),
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
  };
}

/** Takes the next due job of one type, or null; never one of `running`, the jobs this worker runs now. */
export async function claimNext(name: string, workerId: string, leaseMs: number, running: string[] = []): Promise<ClaimedJob | null> {
  const rows = await db().$queryRawUnsafe<ClaimedJob[]>(
    `UPDATE "jobs" SET "status" = 'running', "attempts" = "attempts" + 1, "locked_by" = $2,
       "locked_until" = ${leaseSql("$3")}, "updated_at" = now()
     WHERE "id" = (
       SELECT "id" FROM "jobs" WHERE "name" = $1 AND "run_at" <= now() AND ${CLAIMABLE}
         AND NOT ("id" = ANY($4::uuid[]))
       ORDER BY "run_at" LIMIT 1 FOR UPDATE SKIP LOCKED)
     ${RETURNING}`,
    name, runLock(workerId), leaseMs, running,
  );
  return rows[0] ?? null;
}

/** Takes one named job (a BullMQ delivery); null when it is done or another live worker has it. */
export async function claimById(id: string, workerId: string, leaseMs: number): Promise<ClaimedJob | null> {
  const rows = await db().$queryRawUnsafe<ClaimedJob[]>(
    `UPDATE "jobs" SET "status" = 'running', "attempts" = "attempts" + 1, "locked_by" = $2,
       "locked_until" = ${leaseSql("$3")}, "updated_at" = now()
     WHERE "id" = (SELECT "id" FROM "jobs" WHERE "id" = $1::uuid AND ${CLAIMABLE} FOR UPDATE SKIP LOCKED)
     ${RETURNING}`,
    id, runLock(workerId), leaseMs,
  );
  return rows[0] ?? null;
}

/** Renews the lease, recording progress when given; false when this run no longer holds the job. */
export async function renewLease(id: string, lock: string, leaseMs: number, progress?: number): Promise<boolean> {
  const count = await db().$executeRawUnsafe(
    `UPDATE "jobs" SET "locked_until" = ${leaseSql("$3")}, "progress" = COALESCE($4::int, "progress"), "updated_at" = now()
     WHERE "id" = $1::uuid AND "locked_by" = $2 AND "status" = 'running'`,
    id, lock, leaseMs, progress ?? null,
  );
  return count > 0;
}

export async function completeJob(id: string, lock: string, result: unknown): Promise<boolean> {
  const count = await db().$executeRawUnsafe(
    `UPDATE "jobs" SET "status" = 'completed', "progress" = 100, "result" = $3::jsonb, "error" = NULL,
       "locked_by" = NULL, "locked_until" = NULL, "updated_at" = now()
     WHERE "id" = $1::uuid AND "locked_by" = $2 AND "status" = 'running'`,
    id, lock, JSON.stringify(result ?? null),
  );
  return count > 0;
}

/** Records a failed run: back to the queue after `retryInMs`, or failed for good when null. */
export async function failJob(id: string, lock: string, error: string, retryInMs: number | null): Promise<boolean> {
  const count = await db().$executeRawUnsafe(
    retryInMs === null
      ? `UPDATE "jobs" SET "status" = 'failed', "error" = $3, "locked_by" = NULL, "locked_until" = NULL, "updated_at" = now()
         WHERE "id" = $1::uuid AND "locked_by" = $2 AND "status" = 'running'`
      : `UPDATE "jobs" SET "status" = 'queued', "error" = $3, "run_at" = ${leaseSql("$4")},
           "locked_by" = NULL, "locked_until" = NULL, "updated_at" = now()
         WHERE "id" = $1::uuid AND "locked_by" = $2 AND "status" = 'running'`,
    ...(retryInMs === null ? [id, lock, error] : [id, lock, error, retryInMs]),
  );
  return count > 0;
}

/** Hands a job back untouched (its worker is stopping): the run does not count as an attempt. */
export async function releaseJob(id: string, lock: string): Promise<boolean> {
  const count = await db().$executeRawUnsafe(
    `UPDATE "jobs" SET "status" = 'queued', "attempts" = GREATEST("attempts" - 1, 0), "run_at" = now(),
       "locked_by" = NULL, "locked_until" = NULL, "updated_at" = now()
     WHERE "id" = $1::uuid AND "locked_by" = $2 AND "status" = 'running'`,
    id, lock,
  );
  return count > 0;
}

/**
 * Ends every lease at once. Only for the embedded database: PGlite admits one process, so a
 * job still marked running at start belonged to a process that is gone.
 */
export async function expireAllLeases(): Promise<number> {
  return db().$executeRawUnsafe(
    `UPDATE "jobs" SET "locked_until" = now() - interval '1 millisecond' WHERE "status" = 'running'`,
  );
}

/** Jobs no worker has picked up in time, or whose worker died: the BullMQ sweeper publishes them again. */
export async function overdueJobs(names: string[], graceMs: number): Promise<{ id: string; name: string }[]> {
  if (!names.length) return [];
  return db().$queryRawUnsafe<{ id: string; name: string }[]>(
    `SELECT "id", "name" FROM "jobs" WHERE "name" = ANY($1::text[]) AND (
       ("status" = 'queued' AND "run_at" < now() - $2::int * interval '1 millisecond')
       OR ("status" = 'running' AND "locked_until" < now()))
     ORDER BY "run_at" LIMIT 500`,
    names, graceMs,
  );
}

export async function countByStatus(): Promise<Record<JobStatus, number>> {
  const rows = await db().job.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, completed: 0, failed: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}
