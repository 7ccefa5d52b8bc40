import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples, zip } from "../../lib/resumes/test-samples";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, newCredentials, type Call } from "./helpers/accounts";

// Seed 003's sign-up with a resume: the file's type is decided by its content, never by its name
// or the content type the client claims.

function signUp(call: Call, file: { bytes: Uint8Array; name: string; type?: string }) {
  const creds = newCredentials("cv");
  const form = new FormData();
  form.set("email", creds.email);
  form.set("password", creds.password);
  form.set("name", "Ada");
  form.set("surname", "Lovelace");
  form.set("resume", new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/pdf" }));
  return { creds, res: call("POST", "/api/register", { body: form }) };
}

describe.each(databaseKinds())("resume uploads on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const stored = () => {
    const dir = path.join(server.dataDir, "uploads", "resumes");
    try {
      return readdirSync(dir).filter((f) => !f.endsWith(".tmp"));
    } catch {
      return [];
    }
  };
  const contentTypeOf = async (email: string) => {
    if (!server.databaseUrl) return undefined;
    const c = new pg.Client({ connectionString: server.databaseUrl });
    await c.connect();
    try {
      const { rows } = await c.query(
        `SELECT f.content_type, f.filename, f.storage_key FROM users u JOIN stored_files f ON f.id = u.resume_file_id WHERE u.email = $1`,
        [email],
      );
      return rows[0] as { content_type: string; filename: string; storage_key: string };
    } finally {
      await c.end();
    }
  };

  it.each([
    ["a PDF", samples.pdf, "cv.pdf", "application/pdf"],
    ["a DOCX", samples.docx, "cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["an RTF", samples.rtf, "cv.rtf", "application/rtf"],
    ["UTF-8 text", samples.txtUtf8, "cv.txt", "text/plain; charset=utf-8"],
    ["windows-1251 text", samples.txtCp1251, "резюме.txt", "text/plain; charset=windows-1251"],
    ["a PDF with no extension and a wrong claimed type", samples.pdf, "resume", "application/pdf"],
  ])("accepts %s, stored under a generated key with the type its content shows", async (_label, bytes, name, type) => {
    const call = api(server.url);
    const before = new Set(stored());
    const { creds, res } = signUp(call, { bytes, name, type: "application/x-msdownload" });
    expect((await res).status, JSON.stringify((await res).body)).toBe(201);
    const added = stored().filter((f) => !before.has(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Uint8Array(readFileSync(path.join(server.dataDir, "uploads", "resumes", added[0])))).toEqual(bytes);
    const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } });
    const profile = await call("GET", "/api/profile", { token: login.body.token });
    expect(profile.body.resume).toMatchObject({ filename: name, size: bytes.length });
    const row = await contentTypeOf(creds.email);
    if (row) expect(row).toMatchObject({ content_type: type, filename: name, storage_key: `resumes/${added[0]}` });
  });

  it.each([
    ["an EXE named cv.pdf", samples.exe, "cv.pdf", "application/pdf"],
    ["an HTML page named cv.docx", samples.html, "cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["a plain zip named cv.docx", samples.plainZip, "cv.docx", "application/zip"],
    ["an xlsx-like zip named cv.docx", zip({ "xl/workbook.xml": "<workbook/>" }), "cv.docx", "application/zip"],
    ["an SVG named cv.txt", samples.svg, "cv.txt", "text/plain"],
    ["binary data named cv.txt", samples.binary, "cv.txt", "text/plain"],
    ["a PNG named cv.rtf", samples.png, "cv.rtf", "application/rtf"],
  ])("refuses %s: 415 UNSUPPORTED_MEDIA_TYPE, no account, nothing stored", async (_label, bytes, name, type) => {
    const call = api(server.url);
    const before = stored().length;
    const { creds, res } = signUp(call, { bytes, name, type });
    const answer = await res;
    expectError(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(answer.body.error.message).toMatch(/PDF, DOCX, RTF or plain-text/);
    expect(stored().length).toBe(before);
    expect((await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } })).status).toBe(401);
  });
});
