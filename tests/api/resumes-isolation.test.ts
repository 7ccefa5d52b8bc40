import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, newCredentials, registerCompany, registerV1, type Call } from "./helpers/accounts";
import { createVacancy, fixture, upload, uploadForm, waitForStatus } from "./resumes-support";

// A company sees only its own resumes: another company's are "not found" everywhere (never a
// leak), a candidate is refused the company's endpoints and reads only their own resume, and no
// client can set what the pipeline decides.

describe.each(databaseKinds())("resume isolation on %s", (kind) => {
  let server: TestServer;
  let call: Call;
  let x: Awaited<ReturnType<typeof registerCompany>>;
  let y: Awaited<ReturnType<typeof registerCompany>>;
  let yVacancy: { id: string; code: string };
  let yResume: string;
  let xResume: string;

  beforeAll(async () => {
    server = await startServer({ kind });
    call = api(server.url);
    [x, y] = await Promise.all([registerCompany(call, "X Corp"), registerCompany(call, "Y Corp")]);
    yVacancy = await createVacancy(call, y.token, { title: "Y's Backend", code: `Y_${Date.now().toString(36).toUpperCase()}`, required_skills: ["Python"] });
    const yUp = await upload(call, y.token, fixture("sample-ru.txt"), "y.txt", { vacancy_id: yVacancy.id });
    expect(yUp.status, JSON.stringify(yUp.body)).toBe(201);
    yResume = yUp.body.id;
    await waitForStatus(call, y.token, yResume, ["analyzed"]);
  }, 180_000);
  afterAll(async () => server?.stop());

  it("ignores privileged fields sent on upload", async () => {
    const res = await upload(call, x.token, fixture("sample-ru.txt"), "x.txt", {
      status: "analyzed",
      total_score: "99",
      confidence_score: "1",
      company_id: y.companyId,
      candidate_name: "Injected",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe("uploaded");
    xResume = res.body.id;
    const done = await waitForStatus(call, x.token, xResume, ["analyzed"]);
    expect(done.body.total_score).toBeNull();
    expect(done.body.candidate_name).not.toBe("Injected");
    // It is X's, not Y's.
    expect((await call("GET", "/api/v1/resumes", { token: x.token })).body.resumes.map((r: { id: string }) => r.id)).toEqual([xResume]);
    expectError(await call("GET", `/api/v1/resumes/${xResume}`, { token: y.token }), 404);
  }, 180_000);

  it("company X cannot list, read, process, score, download, delete or count company Y's resumes", async () => {
    const list = await call("GET", `/api/v1/resumes?vacancy_id=${yVacancy.id}`, { token: x.token });
    expect(list.body.total).toBe(0);
    const notFound = [
      await call("GET", `/api/v1/resumes/${yResume}`, { token: x.token }),
      await call("POST", `/api/v1/resumes/${yResume}/process`, { token: x.token }),
      await call("POST", `/api/v1/resumes/${yResume}/calculate-score`, { token: x.token }),
      await call("GET", `/api/v1/resumes/${yResume}/file`, { token: x.token }),
      await call("DELETE", `/api/v1/resumes/${yResume}`, { token: x.token }),
    ];
    for (const res of notFound) {
      expectError(res, 404);
      expect(res.body.detail).toBe("Resume not found");
    }
    // Y's vacancy is not X's to upload to, score against or rank.
    expectError(await upload(call, x.token, fixture("sample-ru.txt"), "x.txt", { vacancy_id: yVacancy.id }), 404);
    expectError(await upload(call, x.token, fixture("sample-ru.txt"), "x.txt", { vacancy_code: yVacancy.code }), 404);
    expectError(await call("POST", `/api/v1/resumes/${xResume}/calculate-score?vacancy_id=${yVacancy.id}`, { token: x.token }), 404);
    expectError(await call("GET", `/api/vacancies/${yVacancy.id}/resumes`, { token: x.token }), 404);
    const stats = await call("GET", "/api/v1/resumes/statistics", { token: x.token });
    expect(stats.body).toMatchObject({ total_resumes: 1, top_vacancies: [] });
    // Y still has it, untouched.
    const mine = await call("GET", `/api/v1/resumes/${yResume}`, { token: y.token });
    expect(mine.body.status).toBe("analyzed");
    expect((await call("GET", "/api/v1/resumes/statistics", { token: y.token })).body.top_vacancies).toHaveLength(1);
  }, 180_000);

  it("needs a token, and refuses a candidate the company's endpoints", async () => {
    expectError(await call("GET", "/api/v1/resumes"), 401);
    expectError(await call("GET", `/api/v1/resumes/${yResume}`), 401);
    expectError(await call("POST", "/api/v1/resumes/upload", { body: uploadForm(fixture("sample-ru.txt"), "a.txt") }), 401);
    const candidate = await registerV1(call);
    expectError(await upload(call, candidate.token, fixture("sample-ru.txt"), "a.txt"), 403);
    expectError(await call("GET", "/api/v1/resumes/statistics", { token: candidate.token }), 403);
    expectError(await call("POST", `/api/v1/resumes/${yResume}/process`, { token: candidate.token }), 403);
    expectError(await call("POST", `/api/v1/resumes/${yResume}/calculate-score`, { token: candidate.token }), 403);
    expectError(await call("DELETE", `/api/v1/resumes/${yResume}`, { token: candidate.token }), 403);
    expectError(await call("GET", `/api/vacancies/${yVacancy.id}/resumes`, { token: candidate.token }), 403);
    // Reads are theirs only: the company's resume is not found, their own list is empty.
    expectError(await call("GET", `/api/v1/resumes/${yResume}`, { token: candidate.token }), 404);
    expectError(await call("GET", `/api/v1/resumes/${yResume}/file`, { token: candidate.token }), 404);
    expect((await call("GET", "/api/v1/resumes", { token: candidate.token })).body.total).toBe(0);
  }, 180_000);

  it("analyses the resume a candidate attaches at sign-up; the candidate reads it, no company does", async () => {
    const creds = newCredentials("cv");
    const form = new FormData();
    form.set("email", creds.email);
    form.set("password", creds.password);
    form.set("name", "Anna");
    form.set("surname", "Lebedeva");
    form.set("resume", new File([new Uint8Array(fixture("sample-ru.txt"))], "anna.txt", { type: "text/plain" }));
    const reg = await call("POST", "/api/register", { body: form });
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } });
    const token = login.body.token as string;
    const list = await call("GET", "/api/v1/resumes", { token });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    const id = list.body.resumes[0].id as string;
    const done = await waitForStatus(call, token, id, ["analyzed", "error"]);
    expect(done.body.status).toBe("analyzed");
    expect(done.body.original_filename).toBe("anna.txt");
    expect(done.body.resume_skills.length).toBeGreaterThan(0);
    const file = await fetch(`${server.url}/api/v1/resumes/${id}/file`, { headers: { authorization: `Bearer ${token}` } });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(fixture("sample-ru.txt"));
    for (const company of [x, y]) expectError(await call("GET", `/api/v1/resumes/${id}`, { token: company.token }), 404);
  }, 180_000);
});
