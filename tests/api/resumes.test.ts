import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, registerCompany, type Call } from "./helpers/accounts";
import { createVacancy, fixture, upload, waitForStatus } from "./resumes-support";

// Seed 004's resume management, end to end over HTTP: upload -> background analysis -> process ->
// detail -> score (cached) -> list -> statistics -> file -> ranking -> delete.

describe.each(databaseKinds({ embedded: true }))("resume pipeline on %s", (kind) => {
  let server: TestServer;
  let call: Call;
  let company: Awaited<ReturnType<typeof registerCompany>>;
  let backend: { id: string; code: string };
  let data: { id: string; code: string };
  const ids: Record<string, string> = {};

  const stored = () => {
    try {
      return readdirSync(path.join(server.dataDir, "uploads", "resumes")).filter((f) => !f.endsWith(".tmp"));
    } catch {
      return [];
    }
  };

  beforeAll(async () => {
    server = await startServer({ kind });
    call = api(server.url);
    company = await registerCompany(call, "Pipeline Co");
    backend = await createVacancy(call, company.token, {
      title: "Senior Backend Engineer (Python)",
      code: `BE_${Date.now().toString(36).toUpperCase()}`,
      required_skills: ["Python", "PostgreSQL", "Docker", "Kubernetes"],
      min_experience_years: 5,
      education_level: "bachelor",
    });
    data = await createVacancy(call, company.token, {
      title: "Data Scientist",
      code: `DS_${Date.now().toString(36).toUpperCase()}`,
      required_skills: ["Python", "Pandas", "Machine Learning", "SQL"],
      nice_to_have_skills: ["PyTorch"],
      min_experience_years: 3,
    });
  });
  afterAll(async () => server?.stop());

  it("uploads a PDF for a vacancy, stores it under a generated key and analyses it in the background", async () => {
    const before = new Set(stored());
    const started = performance.now();
    const res = await upload(call, company.token, fixture("sample-en.pdf"), "Olivia Kim CV.pdf", { vacancy_id: backend.id });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      filename: expect.stringMatching(/^resume_\d{8}_\d{6}_[0-9a-f]{4}\.pdf$/),
      original_filename: "Olivia Kim CV.pdf",
      file_type: "pdf",
      file_size: fixture("sample-en.pdf").length,
      status: "uploaded",
      vacancy_id: backend.id,
    });
    expect(Date.parse(res.body.upload_date)).not.toBeNaN();
    ids.pdf = res.body.id;
    const added = stored().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[0-9a-f]{32}$/);

    const done = await waitForStatus(call, company.token, ids.pdf, ["analyzed", "error"]);
    const latency = performance.now() - started;
    console.log(`[resume pipeline ${kind}] upload -> analyzed through the API: ${Math.round(latency)} ms`);
    expect(done.body.status, JSON.stringify(done.body.error)).toBe("analyzed");
    expect(done.body.candidate_name).toBe("Olivia Kim");
    expect(done.body.language).toBe("en");
    expect(done.body.experience_years).toBeGreaterThan(5);
    expect(done.body.resume_blocks.length).toBeGreaterThan(2);
    expect(done.body.resume_skills.map((s: { skill_name: string }) => s.skill_name)).toContain("Python");
    expect(done.body.parsed).toMatchObject({ email: expect.stringContaining("@") });
    // Scored against its own vacancy as soon as it was analysed.
    expect(done.body.total_score).toEqual(expect.any(Number));
    expect(done.body.score).toMatchObject({ vacancy_id: backend.id, total_score: done.body.total_score });
    expect(done.body.score.matched_requirements).toContain("Python");
    expect(done.body.vacancy_title).toBe("Senior Backend Engineer (Python)");
    const experience = done.body.resume_blocks.find((b: { block_type: string }) => b.block_type === "experience");
    expect(experience?.relevance_score).toEqual(expect.any(Number));
  }, 180_000);

  it("process analyses again now and answers the seed's shape", async () => {
    const detail = await call("GET", `/api/v1/resumes/${ids.pdf}`, { token: company.token });
    const res = await call("POST", `/api/v1/resumes/${ids.pdf}/process`, { token: company.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      success: true,
      resume_id: ids.pdf,
      sections_found: detail.body.resume_blocks.length,
      skills_found: detail.body.resume_skills.length,
      experience_years: detail.body.experience_years,
      education_level: detail.body.education_level,
    });
  }, 180_000);

  it("concurrent process calls for one resume agree (computed once)", async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => call("POST", `/api/v1/resumes/${ids.pdf}/process`, { token: company.token })));
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    expect(b.body).toEqual(a.body);
    expect(c.body).toEqual(a.body);
    const after = await call("GET", `/api/v1/resumes/${ids.pdf}`, { token: company.token });
    // One analysis's rows, not three interleaved.
    expect(after.body.resume_blocks).toHaveLength(a.body.sections_found);
  }, 180_000);

  it("calculate-score needs a vacancy, computes once and then answers from the cache", async () => {
    const res = await upload(call, company.token, fixture("sample-en.docx"), "sarah.docx");
    expect(res.status).toBe(201);
    ids.docx = res.body.id;
    const uploaded = performance.now();
    await waitForStatus(call, company.token, ids.docx, ["analyzed"]);
    console.log(`[resume pipeline ${kind}] second upload (DOCX, warm workers) -> analyzed: ${Math.round(performance.now() - uploaded)} ms`);

    expectError(await call("POST", `/api/v1/resumes/${ids.docx}/calculate-score`, { token: company.token }), 400);
    const first = await call("POST", `/api/v1/resumes/${ids.docx}/calculate-score?vacancy_id=${data.id}`, { token: company.token });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ success: true, resume_id: ids.docx, cached: false });
    expect(first.body.total_score).toBeGreaterThanOrEqual(0);
    expect(first.body.total_score).toBeLessThanOrEqual(100);
    expect(first.body.confidence_score).toBeGreaterThanOrEqual(0);
    expect(first.body.confidence_score).toBeLessThanOrEqual(1);
    const second = await call("POST", `/api/v1/resumes/${ids.docx}/calculate-score`, { token: company.token, json: { vacancy_id: data.id } });
    expect(second.body).toEqual({ ...first.body, cached: true });
    // By the vacancy's code too.
    const byCode = await call("POST", `/api/v1/resumes/${ids.docx}/calculate-score?vacancy_id=${data.code}`, { token: company.token });
    expect(byCode.body).toEqual({ ...first.body, cached: true });
    // Not the resume's vacancy: the resume's own numbers stay empty.
    const detail = await call("GET", `/api/v1/resumes/${ids.docx}?vacancy_id=${data.id}`, { token: company.token });
    expect(detail.body.total_score).toBeNull();
    expect(detail.body.score).toMatchObject({ vacancy_id: data.id, total_score: first.body.total_score });

    expectError(await call("POST", `/api/v1/resumes/${ids.docx}/calculate-score?vacancy_id=00000000-0000-4000-8000-000000000000`, { token: company.token }), 404);
  }, 180_000);

  it("concurrent score misses compute once and agree", async () => {
    await call("POST", "/api/v1/monitoring/cache/clear?prefix=resume_score", { token: company.token });
    const all = await Promise.all([1, 2, 3].map(() => call("POST", `/api/v1/resumes/${ids.pdf}/calculate-score?vacancy_id=${data.id}`, { token: company.token })));
    for (const r of all) expect(r.status).toBe(200);
    expect(new Set(all.map((r) => r.body.total_score)).size).toBe(1);
  }, 180_000);

  it("lists with filters, sorting (missing scores last) and pages", async () => {
    const txt = await upload(call, company.token, fixture("sample-ru.txt"), "анна.txt", { vacancy_code: backend.code });
    expect(txt.status, JSON.stringify(txt.body)).toBe(201);
    expect(txt.body.vacancy_id).toBe(backend.id);
    ids.txt = txt.body.id;
    await waitForStatus(call, company.token, ids.txt, ["analyzed"]);

    const all = await call("GET", "/api/v1/resumes", { token: company.token });
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, size: 25, total_pages: 1 });
    expect(all.body.resumes.map((r: { id: string }) => r.id)).toEqual([ids.txt, ids.docx, ids.pdf]);
    expect(all.body.resumes[0]).toMatchObject({ vacancy_id: backend.id, vacancy_title: "Senior Backend Engineer (Python)", original_filename: "анна.txt" });

    const byVacancy = await call("GET", `/api/v1/resumes?vacancy_id=${backend.id}&status=analyzed`, { token: company.token });
    expect(byVacancy.body.resumes.map((r: { id: string }) => r.id).sort()).toEqual([ids.pdf, ids.txt].sort());
    const byCode = await call("GET", `/api/v1/resumes?vacancy_id=${backend.code}`, { token: company.token });
    expect(byCode.body.total).toBe(2);
    expect((await call("GET", "/api/v1/resumes?status=error", { token: company.token })).body.total).toBe(0);

    for (const order of ["asc", "desc"]) {
      const sorted = await call("GET", `/api/v1/resumes?sort_by=total_score&sort_order=${order}`, { token: company.token });
      const scores = sorted.body.resumes.map((r: { total_score: number | null }) => r.total_score);
      expect(scores[2]).toBeNull(); // the docx has no vacancy of its own
      expect(order === "asc" ? scores[0] <= scores[1] : scores[0] >= scores[1]).toBe(true);
    }

    const page2 = await call("GET", "/api/v1/resumes?skip=1&limit=1&sort_by=upload_date&sort_order=asc", { token: company.token });
    expect(page2.body).toMatchObject({ total: 3, page: 2, size: 1, total_pages: 3 });
    expect(page2.body.resumes.map((r: { id: string }) => r.id)).toEqual([ids.docx]);
    // Over the seed's maximum: clamped to 100.
    expect((await call("GET", "/api/v1/resumes?limit=500", { token: company.token })).body.size).toBe(100);
    expectError(await call("GET", "/api/v1/resumes?sort_by=name", { token: company.token }), 422);
    expectError(await call("GET", "/api/v1/resumes?limit=-1", { token: company.token }), 422);
    // Unknown fields are ignored.
    expect((await call("GET", "/api/v1/resumes?foo=bar", { token: company.token })).status).toBe(200);
  }, 180_000);

  it("counts statistics in the database, and ranks resumes for a vacancy", async () => {
    const stats = await call("GET", "/api/v1/resumes/statistics", { token: company.token });
    expect(stats.status, JSON.stringify(stats.body)).toBe(200);
    expect(stats.body).toMatchObject({ total_resumes: 3, processed_resumes: 3, error_resumes: 0 });
    const bands = stats.body.score_distribution;
    expect(bands.excellent + bands.good + bands.average + bands.poor).toBe(2);
    expect(stats.body.average_score).toBeGreaterThan(0);
    expect(stats.body.top_vacancies).toEqual([{ vacancy_id: backend.id, vacancy_code: backend.code, title: "Senior Backend Engineer (Python)", count: 2 }]);

    const ranking = await call("GET", `/api/vacancies/${data.id}/resumes`, { token: company.token });
    expect(ranking.status, JSON.stringify(ranking.body)).toBe(200);
    expect(ranking.body.vacancy_id).toBe(data.id);
    expect(ranking.body.resumes).toHaveLength(3);
    const scores = ranking.body.resumes.map((r: { total_score: number }) => r.total_score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(ranking.body.resumes.find((r: { resume_id: string }) => r.resume_id === ids.pdf)).toMatchObject({
      candidate_name: "Olivia Kim",
      original_filename: "Olivia Kim CV.pdf",
      matched_requirements: expect.arrayContaining(["Python"]),
    });
  }, 180_000);

  it("serves the original file as a download, and a PDF inline only sandboxed", async () => {
    const res = await fetch(`${server.url}/api/v1/resumes/${ids.pdf}/file`, { headers: { authorization: `Bearer ${company.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Olivia Kim CV\.pdf"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fixture("sample-en.pdf"));

    const inline = await fetch(`${server.url}/api/v1/resumes/${ids.pdf}/file?inline=1`, { headers: { authorization: `Bearer ${company.token}` } });
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; /);
    // Framed only by our own pages (the detail page's preview), still without scripts.
    expect(inline.headers.get("content-security-policy")).toBe("sandbox; frame-ancestors 'self'");
    expect(inline.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    await inline.arrayBuffer();
    // Inline is for PDFs only.
    const txt = await fetch(`${server.url}/api/v1/resumes/${ids.txt}/file?inline=1`, { headers: { authorization: `Bearer ${company.token}` } });
    expect(txt.headers.get("content-type")).toMatch(/^text\/plain; charset=/);
    expect(txt.headers.get("content-disposition")).toMatch(/^attachment; /);
    await txt.arrayBuffer();
    expect((await fetch(`${server.url}/api/v1/resumes/${ids.pdf}/file`)).status).toBe(401);
  }, 180_000);

  it("deletes a resume with its stored file", async () => {
    const before = stored().length;
    const res = await call("DELETE", `/api/v1/resumes/${ids.docx}`, { token: company.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, message: "Resume deleted successfully" });
    expect(stored()).toHaveLength(before - 1);
    expectError(await call("GET", `/api/v1/resumes/${ids.docx}`, { token: company.token }), 404);
    expectError(await call("DELETE", `/api/v1/resumes/${ids.docx}`, { token: company.token }), 404);
    const stats = await call("GET", "/api/v1/resumes/statistics", { token: company.token });
    expect(stats.body.total_resumes).toBe(2);
    // The others are untouched.
    expect((await call("GET", `/api/v1/resumes/${ids.pdf}`, { token: company.token })).body.status).toBe("analyzed");
  }, 180_000);

  it("answers 404 in the envelope for ids that name no resume", async () => {
    for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      const res = await call("GET", `/api/v1/resumes/${id}`, { token: company.token });
      expectError(res, 404);
      expect(res.body.detail).toBe("Resume not found");
    }
  }, 180_000);
});
