import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samples, zip } from "../../lib/resumes/test-samples";
import { databaseKinds, startServer, type TestServer } from "../support/server";
import { api, expectError, registerCompany, type Call } from "./helpers/accounts";
import { fixture, upload, waitForStatus } from "./resumes-support";

// Files that must not get through, or must end as a clear error, each leaving other resumes as
// they were: too large, the wrong type under a resume's name, empty, a zip bomb, an external
// entity, an encrypted or a scanned PDF, a path for a name.

const DOCX_XXE = zip({
  "[Content_Types].xml":
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  "word/document.xml":
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>',
});

/** A valid one-page PDF whose page draws nothing: what a scan without a text layer gives the reader. */
function pdfWithoutText(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    "<< /Length 0 >>\nstream\n\nendstream",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

describe.each(databaseKinds())("hostile resume files on %s", (kind) => {
  let server: TestServer;
  let call: Call;
  let company: Awaited<ReturnType<typeof registerCompany>>;
  let good: { id: string; body: Record<string, unknown> };

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
    company = await registerCompany(call, "Hostile Files Ltd");
    const res = await upload(call, company.token, fixture("sample-en.rtf"), "ryan.rtf");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const done = await waitForStatus(call, company.token, res.body.id, ["analyzed", "error"]);
    expect(done.body.status, JSON.stringify(done.body.error)).toBe("analyzed");
    good = { id: res.body.id, body: done.body };
  }, 180_000);
  afterAll(async () => {
    // Whatever happened, the good resume is as it was.
    if (good) {
      const after = await call("GET", `/api/v1/resumes/${good.id}`, { token: company.token });
      expect(after.body).toEqual(good.body);
    }
    await server?.stop();
  }, 180_000);

  it("refuses a file over 10 MB with 413 before storing anything", async () => {
    const before = stored().length;
    const big = new Uint8Array(11 * 1024 * 1024).fill(0x41);
    const res = await upload(call, company.token, big, "big.txt");
    expectError(res, 413, "PAYLOAD_TOO_LARGE");
    expect(res.body.detail).toBe("File too large (max 10MB)");
    expect(stored()).toHaveLength(before);
  }, 180_000);

  it.each([
    ["an .exe renamed .pdf", samples.exe, "cv.pdf"],
    ["an HTML page named .docx", samples.html, "cv.docx"],
    ["the fixture .exe renamed .pdf", fixture("exe-renamed.pdf"), "exe-renamed.pdf"],
    ["the fixture HTML named .docx", fixture("html-named.docx"), "html-named.docx"],
  ])("refuses %s with 415 by its content", async (_label, bytes, name) => {
    const before = stored().length;
    const res = await upload(call, company.token, bytes, name);
    expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(res.body.detail).toBe("Unsupported file format");
    expect(stored()).toHaveLength(before);
  }, 180_000);

  it("refuses an empty file at upload", async () => {
    expectError(await upload(call, company.token, new Uint8Array(0), "empty.txt"), 422, "EMPTY_FILE");
    expectError(await upload(call, company.token, fixture("empty.pdf"), "empty.pdf"), 422, "EMPTY_FILE");
  }, 180_000);

  it("refuses an upload without a file, and a vacancy of nobody", async () => {
    const form = new FormData();
    form.set("vacancy_id", "x");
    expectError(await call("POST", "/api/v1/resumes/upload", { token: company.token, body: form }), 422);
    expectError(await upload(call, company.token, fixture("sample-ru.txt"), "a.txt", { vacancy_id: "00000000-0000-4000-8000-000000000000" }), 404);
    expectError(await upload(call, company.token, fixture("sample-ru.txt"), "a.txt", { vacancy_code: "NO_SUCH_CODE" }), 404);
  }, 180_000);

  it("keeps a path sent as the file name only as data", async () => {
    const before = new Set(stored());
    const res = await upload(call, company.token, fixture("sample-ru.txt"), "../../x.txt");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.original_filename).toBe("x.txt");
    expect(res.body.filename).toMatch(/^resume_\d{8}_\d{6}_[0-9a-f]{4}\.txt$/);
    const added = stored().filter((f) => !before.has(f));
    expect(added).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/)]);
    const file = await fetch(`${server.url}/api/v1/resumes/${res.body.id}/file`, { headers: { authorization: `Bearer ${company.token}` } });
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="x\.txt"/);
    await file.arrayBuffer();
  }, 180_000);

  it("flags text a reader cannot see, and keeps it out of the analysis", async () => {
    const res = await upload(call, company.token, fixture("hidden-text.pdf"), "hidden.pdf");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const done = await waitForStatus(call, company.token, res.body.id, ["analyzed", "error"]);
    expect(done.body.status, JSON.stringify(done.body.error)).toBe("analyzed");
    expect(done.body.hidden_text).toBe(true);
  }, 180_000);

  const unreadable: Array<[string, () => { name: string; bytes: Uint8Array }, string]> = [
    ["a DOCX with an external entity", () => ({ name: "xxe.docx", bytes: fixture("xxe.docx") }), "UNSAFE_DOCUMENT"],
    ["a DOCX with an external entity (built here)", () => ({ name: "cv.docx", bytes: DOCX_XXE }), "UNSAFE_DOCUMENT"],
    ["a PDF with no text layer (a scan)", () => ({ name: "scanned.pdf", bytes: fixture("scanned.pdf") }), "NO_TEXT"],
    ["an empty page PDF (built here)", () => ({ name: "blank.pdf", bytes: pdfWithoutText() }), "NO_TEXT"],
    ["an encrypted PDF", () => ({ name: "encrypted.pdf", bytes: fixture("encrypted.pdf") }), "ENCRYPTED"],
    ["a zip bomb DOCX", () => ({ name: "zip-bomb.docx", bytes: fixture("zip-bomb.docx") }), "ZIP_BOMB"],
  ];
  it.each(unreadable)("ends %s as status error with the reason, and process answers 422", async (_label, make, code) => {
    const file = make();
    const res = await upload(call, company.token, file.bytes, file.name);
    if (res.status !== 201) {
      // Refused at the door is a clear error too.
      expectError(res, res.status);
      expect([413, 415, 422]).toContain(res.status);
      return;
    }
    const done = await waitForStatus(call, company.token, res.body.id, ["analyzed", "error"]);
    expect(done.body.status).toBe("error");
    expect(done.body.error_code).toBe(code);
    expect(done.body.error).toEqual(expect.any(String));
    expect(done.body.error).not.toMatch(/\/etc\/passwd|root:/);
    const processed = await call("POST", `/api/v1/resumes/${res.body.id}/process`, { token: company.token });
    expectError(processed, 422, "RESUME_UNREADABLE");
    expect(processed.body.error.details.reason).toBe(code);
    const list = await call("GET", `/api/v1/resumes?status=error`, { token: company.token });
    expect(list.body.resumes.map((r: { id: string }) => r.id)).toContain(res.body.id);
  }, 180_000);
});
