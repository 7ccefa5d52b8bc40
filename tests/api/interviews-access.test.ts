import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bankTask, TASKS } from "@/lib/interviews/bank";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, registerCompany, registerV1, type Call } from "./helpers/accounts";
import { closeSockets, connected, nextEvent, openSocket } from "./helpers/sockets";

// Who may see and do what with a coding interview: a company's interview with its invite link,
// a candidate practising, strangers; and the company watching live on `/interviews`.

const TASK = "count-vowels";
const task = bankTask(TASK)!;

function watch(socket: Socket, interviewId: string): Promise<any> {
  return new Promise((resolve) => socket.emit("interview:watch", { interview_id: interviewId }, resolve));
}

describe.each(databaseKinds())("coding interview access on %s", (kind) => {
  let server: TestServer;
  let call: Call;
  let company: Awaited<ReturnType<typeof registerCompany>>;
  let other: Awaited<ReturnType<typeof registerCompany>>;
  let id: string;
  let token: string;

  beforeAll(async () => {
    server = await startServer({ kind });
    call = api(server.url);
    company = await registerCompany(call, "Interviewing Co");
    other = await registerCompany(call, "Other Co");
  });
  afterAll(async () => {
    closeSockets();
    await server?.stop();
  });

  it("a company creates an interview for a candidate and gets an invite link, shown once", async () => {
    expectError(await call("POST", "/api/interviews", { token: company.token, json: { language: "python", level: "junior" } }), 400, "VALIDATION_ERROR");
    const res = await call("POST", "/api/interviews", {
      token: company.token,
      json: { language: "javascript", level: "junior", candidate_name: "Grace Hopper", candidate_email: "grace@example.test", task_id: TASK, interview_language: "ru" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    id = res.body.interview_id;
    token = res.body.invite_token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.invite_url).toMatch(new RegExp(`/interviews/${id}\\?token=${token}$`));
    expect(res.body.task.title).toBe(task.title.ru);

    const read = await call("GET", `/api/interviews/${id}`, { token: company.token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ candidate_name: "Grace Hopper", interview_language: "ru", started_at: null });
    expect(JSON.stringify(read.body)).not.toContain(token);
    const list = await call("GET", "/api/interviews", { token: company.token });
    expect(list.body.interviews).toEqual([
      expect.objectContaining({ interview_id: id, status: "IN_PROGRESS", candidate_name: "Grace Hopper", candidate_email: "grace@example.test", task_title: task.title.ru, overall_score: null }),
    ]);
  });

  it("the company reads but cannot act: 403", async () => {
    expectError(await call("PUT", `/api/interviews/${id}/code`, { token: company.token, json: { code: "x" } }), 403, "FORBIDDEN");
    expectError(await call("POST", `/api/interviews/${id}/run`, { token: company.token, json: {} }), 403, "FORBIDDEN");
    expectError(await call("POST", `/api/interviews/${id}/chat`, { token: company.token, json: { message: "hi" } }), 403, "FORBIDDEN");
    expectError(await call("POST", `/api/interviews/${id}/anti-cheat`, { token: company.token, json: { event_type: "tab_switch" } }), 403, "FORBIDDEN");
    expectError(await call("POST", `/api/interviews/${id}/finish`, { token: company.token }), 403, "FORBIDDEN");
    expect((await call("GET", `/api/interviews/${id}/chat`, { token: company.token })).status).toBe(200);
    expect((await call("GET", `/api/interviews/${id}/timeline`, { token: company.token })).status).toBe(200);
  });

  it("another company, a stranger, a candidate without the token and a wrong token all get 404", async () => {
    const stranger = api(server.url);
    const candidate = await registerV1(call);
    for (const opts of [{ token: other.token }, {}, { token: candidate.token }, { headers: { "x-interview-token": token.slice(1) + "A" } }]) {
      expectError(await stranger("GET", `/api/interviews/${id}`, opts), 404, "INTERVIEW_NOT_FOUND");
      expectError(await stranger("PUT", `/api/interviews/${id}/code`, { ...opts, json: { code: "x" } }), 404, "INTERVIEW_NOT_FOUND");
      expectError(await stranger("GET", `/api/interviews/${id}/report`, opts), 404, "INTERVIEW_NOT_FOUND");
    }
    expect((await call("GET", "/api/interviews", { token: other.token })).body.interviews.map((i: { interview_id: string }) => i.interview_id)).not.toContain(id);
    const otherWatch = openSocket(server.url, "/interviews", { token: other.token });
    await connected(otherWatch);
    expect(await watch(otherWatch, id)).toMatchObject({ error: { code: "INTERVIEW_NOT_FOUND" } });
  });

  it("the candidate acts with the token alone, and the company watches live", async () => {
    const live = openSocket(server.url, "/interviews", { token: company.token });
    await connected(live);
    const ack = await watch(live, id);
    expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true, snapshot: { interview: { interview_id: id, status: "IN_PROGRESS" } } });

    const candidate = api(server.url);
    const started = nextEvent<any>(live, "interview:status");
    const opened = await candidate("GET", `/api/interviews/${id}?token=${token}`);
    expect(opened.status).toBe(200);
    expect(opened.body.started_at).toEqual(expect.any(String));
    // The company watching learns at once that the candidate began, and when.
    expect(await started).toEqual({ interview_id: id, status: "IN_PROGRESS", started_at: opened.body.started_at });
    const headers = { "x-interview-token": token };

    const code = nextEvent<any>(live, "interview:code");
    expect((await candidate("PUT", `/api/interviews/${id}/code`, { headers, json: { code: "function countVowels(s) { return 1; }" } })).status).toBe(200);
    expect(await code).toMatchObject({ interview_id: id, code: "function countVowels(s) { return 1; }", at: expect.any(String) });

    const run = nextEvent<any>(live, "interview:run", 60_000);
    const ran = await candidate("POST", `/api/interviews/${id}/run`, { headers, json: { code: task.reference.javascript } });
    expect(ran.status, JSON.stringify(ran.body)).toBe(200);
    expect(await run).toMatchObject({ interview_id: id, status: "success", summary: ran.body.summary });

    const event = nextEvent<any>(live, "interview:event");
    expect((await candidate("POST", `/api/interviews/${id}/anti-cheat`, { headers, json: { event_type: "devtools_opened", metadata: { details: "F12" } } })).status).toBe(200);
    expect(await event).toMatchObject({ interview_id: id, type: "devtools_opened", details: "F12" });

    const chat = nextEvent<any>(live, "interview:chat");
    expect((await candidate("POST", `/api/interviews/${id}/chat`, { headers, json: { message: "Что означает регистр?" } })).status).toBe(200);
    expect(await chat).toMatchObject({ interview_id: id, role: "user", content: "Что означает регистр?" });

    // The company reads what the candidate did.
    expect((await call("GET", `/api/interviews/${id}`, { token: company.token })).body.current_code).toBe(task.reference.javascript);

    const status = nextEvent<any>(live, "interview:status", 60_000);
    const finished = await candidate("POST", `/api/interviews/${id}/finish`, { headers });
    expect(finished.status, JSON.stringify(finished.body)).toBe(200);
    expect(await status).toEqual({ interview_id: id, status: "FINISHED" });
    const report = await call("GET", `/api/interviews/${id}/report`, { token: company.token });
    expect(report.status).toBe(200);
    expect(report.body).toEqual(finished.body);
    const list = await call("GET", "/api/interviews", { token: company.token });
    expect(list.body.interviews.find((i: { interview_id: string }) => i.interview_id === id)).toMatchObject({
      status: "FINISHED", overall_score: finished.body.report.metrics.overall_score,
    });
  }, 120_000);

  it("a signed-in candidate who opens an invite becomes its candidate", async () => {
    const created = await call("POST", "/api/interviews", { token: company.token, json: { language: "python", level: "middle", candidate_name: "Alan" } });
    expect(created.status).toBe(201);
    const { interview_id: invited, invite_token: inviteToken } = created.body;
    const alan = await registerV1(call);
    expectError(await call("GET", `/api/interviews/${invited}`, { token: alan.token }), 404, "INTERVIEW_NOT_FOUND");
    expect((await call("GET", `/api/interviews/${invited}?token=${inviteToken}`, { token: alan.token })).status).toBe(200);
    // Now theirs: reachable without the token, and in their list.
    expect((await call("GET", `/api/interviews/${invited}`, { token: alan.token })).status).toBe(200);
    const mine = await call("GET", "/api/interviews", { token: alan.token });
    expect(mine.body.interviews.map((i: { interview_id: string }) => i.interview_id)).toContain(invited);
    expect(mine.body.interviews[0].candidate_email).toBeNull();
    // A second signed-in candidate with the same link does not take it over.
    const eve = await registerV1(call);
    expect((await call("GET", `/api/interviews/${invited}?token=${inviteToken}`, { token: eve.token })).status).toBe(200);
    expectError(await call("GET", `/api/interviews/${invited}`, { token: eve.token }), 404, "INTERVIEW_NOT_FOUND");
  });

  it("a candidate's practice interview is theirs alone", async () => {
    const ada = await registerV1(call);
    const created = await call("POST", "/api/interviews", { token: ada.token, json: { language: "python", level: "junior" } });
    expect(created.status).toBe(201);
    expect(created.body.invite_url ?? null).toBeNull();
    const practice = created.body.interview_id;
    expect((await call("GET", `/api/interviews/${practice}`, { token: ada.token })).status).toBe(200);
    const bob = await registerV1(call);
    expectError(await call("GET", `/api/interviews/${practice}`, { token: bob.token }), 404, "INTERVIEW_NOT_FOUND");
    expectError(await call("PUT", `/api/interviews/${practice}/code`, { token: bob.token, json: { code: "x" } }), 404, "INTERVIEW_NOT_FOUND");
    expectError(await api(server.url)("GET", `/api/interviews/${practice}`), 404, "INTERVIEW_NOT_FOUND");
    expectError(await call("GET", `/api/interviews/${practice}`, { token: company.token }), 404, "INTERVIEW_NOT_FOUND");
    expect((await call("GET", "/api/interviews", { token: ada.token })).body.interviews).toEqual([expect.objectContaining({ interview_id: practice })]);
  });

  it("picks a task the candidate has not had yet", async () => {
    const juniors = TASKS.filter((t) => t.level === "junior").length;
    const learner = await registerV1(call);
    const seen = new Set<string>();
    for (let i = 0; i < Math.min(juniors, 4); i++) {
      const res = await call("POST", "/api/interviews", { token: learner.token, json: { language: "python", level: "junior" } });
      expect(res.status).toBe(201);
      seen.add(res.body.task.id);
    }
    expect(seen.size).toBe(Math.min(juniors, 4));
  });

  it("lists the bank's tasks; speaks the browser's language when nothing else says", async () => {
    const res = await call("GET", "/api/interviews/tasks?level=middle");
    expect(res.status).toBe(200);
    expect(res.body.tasks.length).toBe(TASKS.filter((t) => t.level === "middle").length);
    expect(res.body.tasks[0]).toEqual({ id: expect.any(String), title: { en: expect.any(String), ru: expect.any(String) }, level: "middle", languages: ["python", "javascript"], tags: expect.any(Array) });
    const ru = await api(server.url)("POST", "/api/interviews", { json: { language: "py", level: "JUNIOR", task_id: TASK }, headers: { "accept-language": "ru-RU,ru;q=0.9,en;q=0.8" } });
    expect(ru.status).toBe(201);
    expect(ru.body.task).toMatchObject({ title: task.title.ru, language: "python", level: "junior" });
  });
});
