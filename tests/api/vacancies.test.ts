import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, registerCompany, registerV1, type Call } from "./helpers/accounts";

// Seed 003's vacancy endpoints as a client of the Flask backend calls them: create, list, update,
// delete, questions; with the field names such clients send, and the isolation between companies.

describe.each(databaseKinds())("vacancies on %s", (kind) => {
  let server: TestServer;
  let call: Call;
  let acme: Awaited<ReturnType<typeof registerCompany>>;
  let globex: Awaited<ReturnType<typeof registerCompany>>;
  let candidate: Awaited<ReturnType<typeof registerV1>>;

  beforeAll(async () => {
    server = await startServer({ kind });
    call = api(server.url);
    acme = await registerCompany(call, "Acme Hiring");
    globex = await registerCompany(call, "Globex");
    candidate = await registerV1(call);
  });
  afterAll(async () => server?.stop());

  const create = (token: string, json: unknown) => call("POST", "/api/vacancies/create", { token, json });

  it("creates a vacancy as a seed client sends it, with aliases, and reads it back", async () => {
    const res = await create(acme.token, {
      name: "Senior Backend Developer",
      description: "Build our APIs.",
      city: "Kazan",
      skills: ["Python", " Django ", "python"],
      nice_to_have: "Docker, Kubernetes",
      experience: "3+",
      education: "Bachelor's",
      lang: "RU",
      salary: 100500,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.message).toEqual(expect.any(String));
    const v = res.body.vacancy;
    expect(res.body.vacancy_id).toBe(v.id);
    expect(v).toMatchObject({
      _id: v.id,
      company_id: acme.companyId,
      company_name: "Acme Hiring",
      title: "Senior Backend Developer",
      description: "Build our APIs.",
      status: "open",
      location: "Kazan",
      min_experience_years: 3,
      education_level: "bachelor",
      language: "ru",
      questions_count: 0,
      resumes_count: 0,
    });
    expect(v.code).toMatch(/^BACKEND_\d{3}$/);
    expect(v.required_skills).toEqual(["Python", "Django"]);
    expect(v.nice_to_have_skills).toEqual(["Docker", "Kubernetes"]);
    expect(v).not.toHaveProperty("salary");

    const again = await call("GET", `/api/vacancies/${v.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: v.id, title: v.title, code: v.code });
    expect(again.body).not.toHaveProperty("resumes_count");
  });

  it("stores skills by their catalogue names, keeps unknown ones, and adds skills named in a requirements text", async () => {
    const res = await create(acme.token, {
      title: "DevOps Engineer",
      required_skills: ["k8s", "Postgres", "Our in-house deploy tool"],
      nice_to_have_skills: ["golang", "kubernetes"],
      requirements: "You also know Terraform and Linux.",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.vacancy.required_skills).toEqual(["Kubernetes", "PostgreSQL", "Our in-house deploy tool", "Terraform", "Linux"]);
    // Kubernetes is required already: it is not also nice to have.
    expect(res.body.vacancy.nice_to_have_skills).toEqual(["Go"]);
  });

  it("numbers generated codes and refuses a code the company already uses (409)", async () => {
    const a = await create(acme.token, { title: "Data Engineer" });
    const b = await create(acme.token, { title: "Data Engineer II" });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.vacancy.code).toMatch(/^DATA_\d{3}$/);
    const n = Number(a.body.vacancy.code.split("_")[1]);
    expect(b.body.vacancy.code).toBe(`DATA_${String(n + 1).padStart(3, "0")}`);

    const code = `QA_${randomUUID().slice(0, 6)}`;
    expect((await create(acme.token, { title: "QA", vacancy_code: code })).status).toBe(201);
    const clash = await create(acme.token, { title: "QA 2", code: code.toLowerCase() });
    expectError(clash, 409, "CONFLICT");
    // Codes are unique per company: another company may use the same one.
    expect((await create(globex.token, { title: "QA", code })).status).toBe(201);
    // An update onto a taken code is refused too, and changes nothing.
    const other = await create(acme.token, { title: "QA 3" });
    const moved = await call("PUT", `/api/vacancies/${other.body.vacancy_id}`, { token: acme.token, json: { code, title: "Renamed" } });
    expectError(moved, 409, "CONFLICT");
    const reread = await call("GET", `/api/vacancies/${other.body.vacancy_id}`, { token: acme.token });
    expect(reread.body.title).toBe("QA 3");
  });

  it("ignores privileged fields (id, company_id, owner, counts) on create and update", async () => {
    const foreignId = randomUUID();
    const res = await create(acme.token, {
      title: "Platform Engineer",
      id: foreignId,
      _id: foreignId,
      vacancy_id: foreignId,
      company_id: globex.companyId,
      owner: globex.email,
      company_name: "Globex",
      resumes_count: 99,
      created_at: "2000-01-01T00:00:00.000Z",
    });
    expect(res.status).toBe(201);
    const id = res.body.vacancy_id;
    expect(id).not.toBe(foreignId);
    const put = await call("PUT", `/api/vacancies/${id}`, {
      token: acme.token,
      json: { description: "Updated", company_id: globex.companyId, id: foreignId, owner: globex.email },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const reread = await call("GET", `/api/vacancies/${id}`, { token: acme.token });
    expect(reread.body).toMatchObject({ id, company_id: acme.companyId, company_name: "Acme Hiring", description: "Updated", resumes_count: 0 });
    expect(reread.body.created_at).not.toBe("2000-01-01T00:00:00.000Z");
    expect((await call("GET", `/api/vacancies/${foreignId}`)).status).toBe(404);
    const globexOwn = await call("GET", `/api/vacancies?mine=1&per_page=100`, { token: globex.token });
    expect(globexOwn.body.vacancies.map((v: { id: string }) => v.id)).not.toContain(id);
  });

  it("answers bad input with 422 in the error envelope and stores nothing", async () => {
    const title = `Invalid ${randomUUID()}`;
    for (const body of [
      {},
      { title: "" },
      { title: "x".repeat(201) },
      { title, status: "archived" },
      { title, education_level: "wizard" },
      { title, min_experience_years: -1 },
      { title, min_experience_years: "lots" },
      { title, language: "de" },
      { title, required_skills: [{ name: "Python" }] },
      { title, code: "has space" },
      { title, questions: [{ key_points: ["no text"] }] },
    ]) {
      const res = await create(acme.token, body);
      expectError(res, 422, "VALIDATION_ERROR");
      expect(res.body.error.details.issues.length).toBeGreaterThan(0);
    }
    const mine = await call("GET", "/api/vacancies?mine=1&per_page=100", { token: acme.token });
    expect(mine.body.vacancies.some((v: { title: string }) => v.title === title)).toBe(false);
    const id = (await create(acme.token, { title: "Valid" })).body.vacancy_id;
    expectError(await call("PUT", `/api/vacancies/${id}`, { token: acme.token, json: {} }), 422, "VALIDATION_ERROR");
    expectError(await call("PUT", `/api/vacancies/${id}`, { token: acme.token, json: { status: "gone" } }), 422, "VALIDATION_ERROR");
    expectError(await call("POST", "/api/vacancies/create", { token: acme.token, body: "{not json", headers: { "content-type": "application/json" } }), 400);
  });

  it("updates with aliases, keeps unsent fields, and deletes", async () => {
    const id = (await create(acme.token, { title: "Frontend Developer", required_skills: ["React"], location: "Moscow" })).body.vacancy_id;
    const put = await call("PUT", `/api/vacancies/${id}`, {
      token: acme.token,
      json: { position: "Frontend Engineer", key_skills: ["React", "TypeScript"], status: "closed", min_experience: 2 },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.vacancy).toMatchObject({
      title: "Frontend Engineer",
      required_skills: ["React", "TypeScript"],
      status: "closed",
      min_experience_years: 2,
      location: "Moscow",
    });
    // A nice-to-have skill never repeats a required one.
    const nice = await call("PUT", `/api/vacancies/${id}`, { token: acme.token, json: { optional_skills: ["typescript", "GraphQL"], city: "" } });
    expect(nice.body.vacancy.nice_to_have_skills).toEqual(["GraphQL"]);
    expect(nice.body.vacancy.location).toBeNull();

    const del = await call("DELETE", `/api/vacancies/${id}`, { token: acme.token });
    expect(del.status).toBe(200);
    expect(del.body).toMatchObject({ vacancy_id: id, message: expect.any(String) });
    expectError(await call("GET", `/api/vacancies/${id}`, { token: acme.token }), 404);
    expectError(await call("DELETE", `/api/vacancies/${id}`, { token: acme.token }), 404);
  });

  it("sets questions in every accepted shape and shows key points only to the owner", async () => {
    const id = (await create(acme.token, { title: "Support Engineer" })).body.vacancy_id;
    const set = await call("POST", `/api/vacancies/${id}/questions`, {
      token: acme.token,
      json: [
        "Tell us about yourself",
        { question: "How do you debug a slow query?", key_points: ["EXPLAIN", "indexes"] },
        { text: "What is a race condition?", expected_answer: "two writers; order not guaranteed" },
        { text: "Favourite tools?", keywords: "git\nlinux" },
      ],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.total).toBe(4);
    expect(set.body.questions.map((q: { key_points: string[] }) => q.key_points)).toEqual([
      [],
      ["EXPLAIN", "indexes"],
      ["two writers", "order not guaranteed"],
      ["git", "linux"],
    ]);

    const owner = await call("GET", `/api/vacancies/${id}/questions`, { token: acme.token });
    expect(owner.body.questions[1]).toMatchObject({ position: 2, text: "How do you debug a slow query?", question: "How do you debug a slow query?", key_points: ["EXPLAIN", "indexes"] });
    for (const token of [undefined, candidate.token, globex.token]) {
      const other = await call("GET", `/api/vacancies/${id}/questions`, { token });
      expect(other.status).toBe(200);
      expect(other.body.questions).toHaveLength(4);
      for (const q of other.body.questions) expect(q).not.toHaveProperty("key_points");
    }
    expect((await call("GET", `/api/vacancies/${id}`)).body.questions_count).toBe(4);

    // Replacing under {"questions": [...]} keeps only the new list, in order.
    const replaced = await call("POST", `/api/vacancies/${id}/questions`, { token: acme.token, json: { questions: ["Second", "First"], extra: 1 } });
    expect(replaced.body.questions.map((q: { text: string; position: number }) => [q.position, q.text])).toEqual([
      [1, "Second"],
      [2, "First"],
    ]);
    expectError(await call("POST", `/api/vacancies/${id}/questions`, { token: acme.token, json: { questions: [""] } }), 422, "VALIDATION_ERROR");
    expect((await call("GET", `/api/vacancies/${id}/questions`, { token: acme.token })).body.total).toBe(2);
  });

  it("keeps companies apart: another company gets 404, a candidate 403, a visitor 401, and nothing changes", async () => {
    const draft = (await create(acme.token, { title: "Secret Draft", status: "draft" })).body.vacancy_id;
    const open = (await create(acme.token, { title: "Public Role" })).body.vacancy_id;
    await call("POST", `/api/vacancies/${open}/questions`, { token: acme.token, json: [{ text: "Q", key_points: ["secret"] }] });

    for (const id of [draft, open, randomUUID(), "not-a-uuid"]) {
      expectError(await call("PUT", `/api/vacancies/${id}`, { token: globex.token, json: { title: "Hijacked" } }), 404);
      expectError(await call("DELETE", `/api/vacancies/${id}`, { token: globex.token }), 404);
      expectError(await call("POST", `/api/vacancies/${id}/questions`, { token: globex.token, json: ["Hijacked?"] }), 404);
    }
    expectError(await call("PUT", `/api/vacancies/${open}`, { token: candidate.token, json: { title: "Hijacked" } }), 403, "FORBIDDEN");
    expectError(await call("DELETE", `/api/vacancies/${open}`, { token: candidate.token }), 403, "FORBIDDEN");
    expectError(await call("POST", `/api/vacancies/${open}/questions`, { token: candidate.token, json: ["x"] }), 403, "FORBIDDEN");
    expectError(await create(candidate.token, { title: "Candidate's vacancy" }), 403, "FORBIDDEN");
    expectError(await call("POST", "/api/vacancies/create", { json: { title: "Nobody's vacancy" } }), 401);
    expectError(await call("PUT", `/api/vacancies/${open}`, { json: { title: "Hijacked" } }), 401);

    const reread = await call("GET", `/api/vacancies/${open}`, { token: acme.token });
    expect(reread.body.title).toBe("Public Role");
    const questions = await call("GET", `/api/vacancies/${open}/questions`, { token: acme.token });
    expect(questions.body.questions).toMatchObject([{ text: "Q", key_points: ["secret"] }]);

    // A draft is invisible to everyone but its company, by id and in lists.
    for (const token of [undefined, candidate.token, globex.token]) {
      expectError(await call("GET", `/api/vacancies/${draft}`, { token }), 404);
      expectError(await call("GET", `/api/vacancies/${draft}/questions`, { token }), 404);
      const list = await call("GET", `/api/vacancies?company_id=${acme.companyId}&per_page=100`, { token });
      const ids = list.body.vacancies.map((v: { id: string }) => v.id);
      expect(ids).toContain(open);
      expect(ids).not.toContain(draft);
    }
    expect((await call("GET", `/api/vacancies/${draft}`, { token: acme.token })).body.status).toBe("draft");
  });

  it("lists open vacancies for visitors and a company's own drafts and closed ones for it, paginated", async () => {
    const co = await registerCompany(call, "Initech");
    const ids: Record<string, string> = {};
    for (const status of ["open", "draft", "closed"]) ids[status] = (await create(co.token, { title: `Role ${status}`, status })).body.vacancy_id;
    await create(co.token, { title: "Role open 2" });

    const visitor = await call("GET", `/api/vacancies?company_id=${co.companyId}`);
    expect(visitor.status).toBe(200);
    expect(visitor.body.total).toBe(2);
    expect(visitor.body.vacancies.every((v: { status: string }) => v.status === "open")).toBe(true);
    expect(visitor.body.vacancies[0]).not.toHaveProperty("resumes_count");

    const all = await call("GET", "/api/vacancies?per_page=100");
    expect(all.body.vacancies.every((v: { status: string }) => v.status === "open")).toBe(true);
    expect(all.body.total).toBeGreaterThanOrEqual(2);

    for (const query of [`company_id=${co.companyId}`, "mine=1", "mine=true"]) {
      const own = await call("GET", `/api/vacancies?${query}`, { token: co.token });
      expect(own.body.total, query).toBe(4);
      expect(new Set(own.body.vacancies.map((v: { status: string }) => v.status))).toEqual(new Set(["open", "draft", "closed"]));
      expect(own.body.vacancies[0]).toHaveProperty("resumes_count", 0);
    }
    const drafts = await call("GET", "/api/vacancies?mine=1&status=draft", { token: co.token });
    expect(drafts.body.vacancies.map((v: { id: string }) => v.id)).toEqual([ids.draft]);
    // Newest first, one page at a time.
    const page1 = await call("GET", "/api/vacancies?mine=1&per_page=3&page=1", { token: co.token });
    const page2 = await call("GET", "/api/vacancies?mine=1&per_page=3&page=2", { token: co.token });
    expect(page1.body).toMatchObject({ total: 4, page: 1, per_page: 3, pages: 2 });
    expect(page1.body.vacancies.map((v: { title: string }) => v.title)[0]).toBe("Role open 2");
    expect(page2.body.vacancies.map((v: { id: string }) => v.id)).toEqual([ids.open]);

    // mine=1 without a company, a non-uuid company id, unknown query fields: empty or ignored, never an error.
    expect((await call("GET", "/api/vacancies?mine=1", { token: candidate.token })).body.total).toBe(0);
    expect((await call("GET", "/api/vacancies?company_id=507f1f77bcf86cd799439011")).body.total).toBe(0);
    expect((await call("GET", `/api/vacancies?company_id=${co.companyId}&sort=salary`)).status).toBe(200);
    expectError(await call("GET", "/api/vacancies?per_page=1000"), 422, "VALIDATION_ERROR");
  });

  it("proposes requirements from a description for the company, saving nothing", async () => {
    const before = (await call("GET", "/api/vacancies?mine=1", { token: acme.token })).body.total;
    const res = await call("POST", "/api/vacancies/extract-requirements", {
      token: acme.token,
      json: {
        description: "Requirements:\n- 3+ years with Python, Django and PostgreSQL\n- Bachelor's degree\nNice to have:\n- Docker",
        language: "en",
        title: "ignored",
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.required_skills).toEqual(expect.arrayContaining(["Python", "PostgreSQL"]));
    expect(res.body.nice_to_have_skills).toEqual(["Docker"]);
    expect(res.body).toMatchObject({ min_experience_years: 3, education_level: "bachelor" });
    expect((await call("GET", "/api/vacancies?mine=1", { token: acme.token })).body.total).toBe(before);
    expectError(await call("POST", "/api/vacancies/extract-requirements", { token: acme.token, json: { text: "" } }), 422, "VALIDATION_ERROR");
    expectError(await call("POST", "/api/vacancies/extract-requirements", { token: candidate.token, json: { text: "Python" } }), 403, "FORBIDDEN");
  });
});
