import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth";

// Typed payloads and owner-scoped reads, on a real (PGlite) database; no workers run here.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-jobs-owner-"));
let queue: typeof import("@/lib/queue");
let closeDb: () => Promise<void>;

beforeAll(async () => {
  Object.assign(process.env, { DATA_DIR: dataDir, LOG_LEVEL: "silent" });
  const { migrateDatabase } = await import("@/lib/db/migrate");
  await migrateDatabase();
  queue = await import("@/lib/queue");
  ({ closeDb } = await import("@/lib/db"));
}, 120_000);

afterAll(async () => {
  await closeDb?.();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const actor = (n: number, role: Actor["role"], companyId: string | null = null): Actor => ({
  id: id(n), role, email: null, companyId, sessionId: id(900 + n),
});

describe("typed jobs with an owner", () => {
  it("checks the payload against the job's schema, at compile time and when enqueued", async () => {
    const job = queue.defineJob({
      name: "test.typed",
      payload: z.object({ count: z.number().int().min(1) }),
      handler: async (payload) => payload.count * 2,
    });
    // @ts-expect-error: a string is not the schema's number.
    await expect(queue.enqueue(job, { count: "3" }, { owner: "system" })).rejects.toThrow();
    await expect(queue.enqueue(job, { count: 0 }, { owner: "system" })).rejects.toThrow();
    const jobId = await queue.enqueue(job, { count: 3 }, { owner: "system" });
    expect(await queue.getJob({ actor: actor(1, "admin"), jobId })).toMatchObject({ name: "test.typed", status: "queued" });
  });

  it("shows a job to its owning user, its owning company's members and admins, and to nobody else", async () => {
    const user = actor(10, "candidate");
    const member = actor(11, "company", id(500));
    const stranger = actor(12, "candidate");
    const otherCompany = actor(13, "company", id(501));
    const admin = actor(14, "admin");
    const payload = { steps: 1, step_ms: 10 };
    const usersJob = await queue.enqueue(queue.sleepStepsJob, payload, { owner: { userId: user.id } });
    const companysJob = await queue.enqueue(queue.sleepStepsJob, payload, { owner: { companyId: id(500) } });
    const systemJob = await queue.enqueue(queue.sleepStepsJob, payload, { owner: "system" });

    const sees = async (who: Actor) =>
      (await Promise.all([usersJob, companysJob, systemJob].map(async (jobId) => (await queue.getJob({ actor: who, jobId }))?.id ?? null)));
    expect(await sees(user)).toEqual([usersJob, null, null]);
    expect(await sees(member)).toEqual([null, companysJob, null]);
    expect(await sees(stranger)).toEqual([null, null, null]);
    expect(await sees(otherCompany)).toEqual([null, null, null]);
    expect(await sees(admin)).toEqual([usersJob, companysJob, systemJob]);
  });
});
