import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bankTask } from "@/lib/interviews/bank";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, registerCompany, type Call } from "./helpers/accounts";

// Seed 001's coding interviews over HTTP, as its client uses them (no account: the interview id
// is the session), with the real sandbox, the built-in interviewer and the report.

const TASK = "count-vowels";
const task = bankTask(TASK)!;
const reference = task.reference;
const SYNTAX_ERROR = { python: "def count_vowels(s:\n    return 1\n", javascript: "function countVowels(s) {\n  return s.length +;\n}\n" };
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

describe.each(databaseKinds({ embedded: true }))("coding interviews on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => server?.stop());

  describe.each(["python", "javascript"] as const)("a seed client with no account, in %s", (language) => {
    let call: Call;
    let id: string;
    beforeAll(() => {
      call = api(server.url);
    });

    it("creates an interview with a task whose hidden tests and reference never leave the server", async () => {
      const res = await call("POST", "/api/interviews", { json: { language, level: "junior", candidate_name: "Ada", task_id: TASK } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        interview_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        created_at: expect.stringMatching(ISO),
        task: {
          id: TASK,
          title: task.title.en,
          description: task.description.en,
          language,
          level: "junior",
          initial_code: task.initialCode[language],
          function_name: task.functionName[language],
        },
      });
      expect(res.body.task.examples[0]).toEqual({ input: task.examples[0].input, output: task.examples[0].output, explanation: task.examples[0].explanation.en });
      expect(res.body.task.visible_tests).toHaveLength(task.tests.visible.length);
      expect(res.body.invite_url ?? null).toBeNull();
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(reference[language].trim().split("\n").slice(-2).join("\n"));
      for (const hidden of task.tests.hidden) expect(text).not.toContain(JSON.stringify(hidden.args));
      id = res.body.interview_id;
    });

    it("shows it, and the first look starts it", async () => {
      const res = await call("GET", `/api/interviews/${id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        interview_id: id, language, level: "junior", status: "IN_PROGRESS", current_code: task.initialCode[language],
        created_at: expect.stringMatching(ISO), updated_at: expect.stringMatching(ISO), started_at: expect.stringMatching(ISO),
      });
      const again = await call("GET", `/api/interviews/${id}`);
      expect(again.body.started_at).toBe(res.body.started_at);
    });

    it("saves code", async () => {
      const res = await call("PUT", `/api/interviews/${id}/code`, { json: { code: task.initialCode[language] + "\n# draft\n".replace("#", language === "python" ? "#" : "//") } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ success: true, saved_at: expect.stringMatching(ISO) });
      expect((await call("GET", `/api/interviews/${id}`)).body.current_code).toContain("draft");
    });

    it("runs failing code: each test with input, expected, actual and an error message", async () => {
      const res = await call("POST", `/api/interviews/${id}/run`, { json: { code: task.initialCode[language] } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.execution).toMatchObject({ status: "success", stdout: expect.any(String), stderr: expect.any(String) });
      expect(res.body.execution.execution_time_ms).toBeGreaterThan(0);
      expect(res.body.execution.memory_usage_mb).toEqual(expect.any(Number));
      const { total, passed, failed } = res.body.summary;
      expect(total).toBe(task.tests.visible.length);
      expect(passed + failed).toBe(total);
      expect(failed).toBeGreaterThan(0);
      const bad = res.body.visible_tests.find((t: { status: string }) => t.status === "failed");
      expect(bad).toMatchObject({ id: expect.any(String), name: expect.any(String), input: expect.any(String), expected_output: expect.any(String), error_message: expect.any(String) });
      // The saved code is now what was run.
      expect((await call("GET", `/api/interviews/${id}`)).body.current_code).toBe(task.initialCode[language]);
    });

    it("runs passing code: every visible test passes", async () => {
      const res = await call("POST", `/api/interviews/${id}/run`, { json: { code: reference[language] } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.summary).toEqual({ total: task.tests.visible.length, passed: task.tests.visible.length, failed: 0 });
      for (const [i, t] of res.body.visible_tests.entries()) {
        expect(t.status).toBe("passed");
        expect(t.actual_output).toBe(t.expected_output);
        expect(t.expected_output).toBe(JSON.stringify(task.tests.visible[i].expected));
        expect(t.error_message).toBeUndefined();
      }
    });

    it("answers a syntax error with 400 INVALID_CODE and where it is", async () => {
      const res = await call("POST", `/api/interviews/${id}/run`, { json: { code: SYNTAX_ERROR[language] } });
      expectError(res, 400, "INVALID_CODE");
      expect(res.body.error.details).toMatchObject({ line: expect.any(Number), message: expect.any(String) });
      // The saved code is the reference again for what follows.
      expect((await call("PUT", `/api/interviews/${id}/code`, { json: { code: reference[language] } })).status).toBe(200);
    });

    it("chats with the interviewer and keeps the history", async () => {
      const res = await call("POST", `/api/interviews/${id}/chat`, { json: { message: "Can you give me a hint about the approach?" } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toEqual({ response: expect.any(String), timestamp: expect.stringMatching(ISO) });
      expect(res.body.response.length).toBeGreaterThan(0);
      const history = await call("GET", `/api/interviews/${id}/chat`);
      expect(history.status).toBe(200);
      expect(history.body.messages).toEqual([
        { role: "user", content: "Can you give me a hint about the approach?", timestamp: expect.stringMatching(ISO) },
        { role: "assistant", content: res.body.response, timestamp: res.body.timestamp },
      ]);
    });

    it("records anti-cheat events, with or without metadata", async () => {
      const a = await call("POST", `/api/interviews/${id}/anti-cheat`, {
        json: { event_type: "tab_switch", metadata: { timestamp: new Date().toISOString(), details: "left for 12 s" } },
      });
      expect(a.status, JSON.stringify(a.body)).toBe(200);
      expect(a.body).toEqual({ success: true, event_id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      const b = await call("POST", `/api/interviews/${id}/anti-cheat`, { json: { event_type: "big_paste" } });
      expect(b.status).toBe(200);
      expect(b.body.event_id).not.toBe(a.body.event_id);
    });

    it("has no report before it finishes", async () => {
      expectError(await call("GET", `/api/interviews/${id}/report`), 404, "INTERVIEW_NOT_FINISHED");
    });

    it("finishes: hidden and performance tests run, and the report has the seed's shape", async () => {
      const res = await call("POST", `/api/interviews/${id}/finish`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ interview_id: id, status: "FINISHED", generated_at: expect.stringMatching(ISO) });
      const report = res.body.report;
      for (const m of ["correctness", "optimality", "code_style", "soft_skills", "overall_score"]) {
        expect(report.metrics[m], m).toBeGreaterThanOrEqual(0);
        expect(report.metrics[m], m).toBeLessThanOrEqual(1);
      }
      expect(report.test_results).toEqual({
        visible_tests: { total: task.tests.visible.length, passed: task.tests.visible.length, failed: 0 },
        hidden_tests: { total: task.tests.hidden.length, passed: task.tests.hidden.length, failed: 0 },
      });
      expect(report.metrics.correctness).toBe(1);
      // Four runs: failing, passing, the syntax error, and the final one.
      expect(report.execution_stats).toMatchObject({ total_runs: 4, average_execution_time_ms: expect.any(Number), max_memory_usage_mb: expect.any(Number) });
      expect(report.anti_cheat.total_events).toBe(2);
      expect(report.anti_cheat.events.map((e: { type: string }) => e.type).sort()).toEqual(["big_paste", "tab_switch"]);
      expect(report.candidate_report).toEqual(expect.any(String));
      expect(report.recruiter_report).toEqual(expect.any(String));
      expect(report.recommendations).toMatchObject({ level: expect.any(String), strengths: expect.any(Array), weaknesses: expect.any(Array) });

      const again = await call("GET", `/api/interviews/${id}/report`);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(res.body);
      expect((await call("GET", `/api/interviews/${id}`)).body).toMatchObject({ status: "FINISHED", finished_at: expect.stringMatching(ISO) });
    }, 120_000);

    it("finishing again answers the same report; any other action is 409 INTERVIEW_FINISHED", async () => {
      const first = await call("GET", `/api/interviews/${id}/report`);
      const again = await call("POST", `/api/interviews/${id}/finish`);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expectError(await call("PUT", `/api/interviews/${id}/code`, { json: { code: "x = 1" } }), 409, "INTERVIEW_FINISHED");
      expectError(await call("POST", `/api/interviews/${id}/run`, { json: {} }), 409, "INTERVIEW_FINISHED");
      expectError(await call("POST", `/api/interviews/${id}/chat`, { json: { message: "hello?" } }), 409, "INTERVIEW_FINISHED");
      expectError(await call("POST", `/api/interviews/${id}/anti-cheat`, { json: { event_type: "tab_switch" } }), 409, "INTERVIEW_FINISHED");
    });

    it("has a timeline of edits, runs, events and messages", async () => {
      const res = await call("GET", `/api/interviews/${id}/timeline`);
      expect(res.status).toBe(200);
      // The initial code, the draft, the initial code run, the reference run, the syntax error, the reference saved.
      expect(res.body.edits.map((e: { code: string }) => e.code)).toEqual([
        task.initialCode[language],
        expect.stringContaining("draft"),
        task.initialCode[language],
        reference[language],
        SYNTAX_ERROR[language],
        reference[language],
      ]);
      expect(res.body.runs.map((r: { kind: string }) => r.kind)).toEqual(["run", "run", "run", "finish"]);
      expect(res.body.events).toHaveLength(2);
      expect(res.body.messages).toHaveLength(2);
    });
  });

  describe("bad input", () => {
    let call: Call;
    let id: string;
    beforeAll(async () => {
      call = api(server.url);
      const res = await call("POST", "/api/interviews", { json: { language: "python", level: "junior" } });
      expect(res.status).toBe(201);
      id = res.body.interview_id;
    });

    it("unknown language or level: 400 VALIDATION_ERROR in the envelope", async () => {
      for (const json of [{ language: "cobol", level: "junior" }, { language: "python", level: "senior" }, { level: "junior" }, {}]) {
        const res = await call("POST", "/api/interviews", { json });
        expectError(res, 400, "VALIDATION_ERROR");
        expect(res.body.error.details.issues.length).toBeGreaterThan(0);
      }
      expectError(await call("POST", "/api/interviews", { body: "{not json", headers: { "content-type": "application/json" } }), 400, "INVALID_JSON");
    });

    it("code over 100 KB: 413 CODE_TOO_LARGE, on save and on run", async () => {
      const big = "x = 1\n".repeat(20_000);
      expectError(await call("PUT", `/api/interviews/${id}/code`, { json: { code: big } }), 413, "CODE_TOO_LARGE");
      expectError(await call("POST", `/api/interviews/${id}/run`, { json: { code: big } }), 413, "CODE_TOO_LARGE");
    });

    it("unknown anti-cheat event type: 400", async () => {
      expectError(await call("POST", `/api/interviews/${id}/anti-cheat`, { json: { event_type: "screenshot" } }), 400, "VALIDATION_ERROR");
      expectError(await call("POST", `/api/interviews/${id}/anti-cheat`, { json: {} }), 400, "VALIDATION_ERROR");
    });

    it("records at most 1000 anti-cheat events per interview: then 429", async () => {
      const created = await call("POST", "/api/interviews", { json: { language: "javascript", level: "junior" } });
      const target = created.body.interview_id;
      // Each from its own address: the per-client rate limit is not what is tested here.
      const send = () => api(server.url)("POST", `/api/interviews/${target}/anti-cheat`, { json: { event_type: "suspicious_focus" } });
      let ok = 0;
      for (let i = 0; i < 975; i += 25) {
        const batch = await Promise.all(Array.from({ length: 25 }, send));
        ok += batch.filter((r) => r.status === 200).length;
      }
      expect(ok).toBe(975);
      // A burst across the cap: exactly the 25 that fit are recorded, however they interleave.
      const burst = await Promise.all(Array.from({ length: 60 }, send));
      expect(burst.filter((r) => r.status === 200)).toHaveLength(25);
      for (const refused of burst.filter((r) => r.status !== 200)) expectError(refused, 429, "TOO_MANY_EVENTS");
      expectError(await send(), 429, "TOO_MANY_EVENTS");
    }, 180_000);

    it("an unknown interview: 404 INTERVIEW_NOT_FOUND on every endpoint", async () => {
      for (const missing of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
        expectError(await call("GET", `/api/interviews/${missing}`), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("PUT", `/api/interviews/${missing}/code`, { json: { code: "x" } }), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("POST", `/api/interviews/${missing}/run`, { json: {} }), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("POST", `/api/interviews/${missing}/chat`, { json: { message: "hi" } }), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("GET", `/api/interviews/${missing}/chat`), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("POST", `/api/interviews/${missing}/anti-cheat`, { json: { event_type: "tab_switch" } }), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("POST", `/api/interviews/${missing}/finish`), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("GET", `/api/interviews/${missing}/report`), 404, "INTERVIEW_NOT_FOUND");
        expectError(await call("GET", `/api/interviews/${missing}/timeline`), 404, "INTERVIEW_NOT_FOUND");
      }
    });

    it("privileged fields in bodies are ignored", async () => {
      const company = await registerCompany(call, "Sneaky Co");
      const res = await call("POST", "/api/interviews", {
        json: {
          language: "python", level: "junior", status: "FINISHED", report: { metrics: {} }, overall_score: 1, score: 1,
          company_id: company.companyId, anonymous: false, candidate_id: company.companyId, started_at: "2020-01-01T00:00:00Z",
        },
      });
      expect(res.status).toBe(201);
      const got = await call("GET", `/api/interviews/${res.body.interview_id}`);
      expect(got.body.status).toBe("IN_PROGRESS");
      expect(got.body.started_at).not.toBe("2020-01-01T00:00:00.000Z");
      expectError(await call("GET", `/api/interviews/${res.body.interview_id}/report`), 404, "INTERVIEW_NOT_FINISHED");
      // The company it named sees nothing of it.
      expect((await call("GET", "/api/interviews", { token: company.token })).body.interviews).toEqual([]);
      const saved = await call("PUT", `/api/interviews/${res.body.interview_id}/code`, { json: { code: "x = 2", status: "FINISHED", report: {} } });
      expect(saved.status).toBe(200);
      expect((await call("GET", `/api/interviews/${res.body.interview_id}`)).body).toMatchObject({ status: "IN_PROGRESS", current_code: "x = 2" });
    });
  });
});
