import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai";
import { TWO_SUM } from "../interviewer/two-sum.fixture";

// Task generation against a real HTTP server speaking the OpenAI protocol, with the generated
// reference solutions run in the real sandbox.
let fake: FakeOpenAI;
let gen: typeof import("./index");
let ai: typeof import("@/lib/ai");
let dbMod: typeof import("@/lib/db");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-generate-"));
const actor: Actor = { id: randomUUID(), role: "candidate", email: "c@example.com", companyId: null, sessionId: randomUUID() };

beforeAll(async () => {
  fake = await startFakeOpenAI();
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    OPENAI_API_KEY: "sk-test-generate",
    OPENAI_BASE_URL: fake.url,
    AI_MODEL: "fake-gpt",
    AI_MAX_RETRIES: "0",
    LOG_LEVEL: "silent",
  });
  const { migrateDatabase } = await import("@/lib/db/migrate");
  await migrateDatabase();
  gen = await import("./index");
  ai = await import("@/lib/ai");
  dbMod = await import("@/lib/db");
}, 120_000);

afterAll(async () => {
  await ai?.flushUsage();
  await dbMod?.closeDb();
  await fake?.close();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

beforeEach(() => fake.reset());

/** What the model answers: the fixture task as JSON, without the level, optionally changed. */
function answer(change: (t: Record<string, any>) => void = () => {}) {
  const task: Record<string, any> = JSON.parse(JSON.stringify({ ...TWO_SUM, id: "Pair Sum", level: undefined }));
  change(task);
  fake.jsonReply = task;
  fake.replyText = JSON.stringify(task);
}

const request = { language: "python" as const, level: "middle" as const, locale: "en" as const, actor };

describe("generateTask", { timeout: 60_000 }, () => {
  it("accepts a task whose references pass all their tests in both languages", async () => {
    answer();
    const task = await gen.generateTask(request);
    expect(task).not.toBeNull();
    expect(task!.id).toMatch(/^ai-pair-sum-[0-9a-f]{6}$/);
    expect(task!.level).toBe("middle");
    expect(task!.tests.visible).toHaveLength(5);
    expect(task!.tests.hidden).toHaveLength(10);
    expect(task!.reference.python).toBe(TWO_SUM.reference.python);
    expect(fake.requests).toHaveLength(1);
    const prompt = JSON.stringify(fake.requests[0].body.messages);
    expect(prompt).toContain("middle level task for a python interview");
  });

  it("rejects a task whose reference solution fails its own tests", async () => {
    // The JavaScript reference returns the indices the wrong way round.
    answer((t) => (t.reference.javascript = t.reference.javascript.replace("[seen.get(other), i]", "[i, seen.get(other)]")));
    expect(await gen.generateTask(request)).toBeNull();
  });

  it("rejects a task whose expected output is wrong", async () => {
    answer((t) => (t.tests.hidden[3].expected = [0, 1]));
    expect(await gen.generateTask(request)).toBeNull();
  });

  it("rejects a task with too few tests without running it", async () => {
    answer((t) => (t.tests.visible = t.tests.visible.slice(0, 3)));
    expect(await gen.generateTask(request)).toBeNull();
    answer((t) => (t.tests.hidden = t.tests.hidden.slice(0, 9)));
    expect(await gen.generateTask(request)).toBeNull();
  });

  it("rejects a task whose hints carry code", async () => {
    answer((t) => (t.hints.en[2] = "Write:\n```python\ndef two_sum(nums, target):\n    pass\n```"));
    expect(await gen.generateTask(request)).toBeNull();
  });

  it("returns null when the model fails or answers nonsense, and without an actor", async () => {
    fake.script({ kind: "status", status: 500 });
    expect(await gen.generateTask(request)).toBeNull();
    fake.replyText = "not a task";
    fake.jsonReply = { hello: "world" };
    expect(await gen.generateTask(request)).toBeNull();
    fake.reset();
    expect(await gen.generateTask({ ...request, actor: null })).toBeNull();
    expect(fake.requests).toHaveLength(0);
  });
});
