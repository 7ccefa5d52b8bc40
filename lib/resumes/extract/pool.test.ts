import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as make from "@/tests/fixtures/resumes/generate";
import { closeExtractPool, extractDocument, extractDocumentInProcess, ResumeFileError } from "./index";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../../tests/fixtures/resumes", name));

afterAll(async () => closeExtractPool());

describe("extraction worker pool", () => {
  it("gives the same document as in-process extraction", async () => {
    for (const [name, format] of [["two-column.pdf", "pdf"], ["sidebar.docx", "docx"], ["hidden-text.rtf", "rtf"], ["cp1251.txt", "txt"]] as const) {
      const bytes = fixture(name);
      expect(await extractDocument(bytes, format)).toEqual(await extractDocumentInProcess(bytes, format));
    }
  }, 60_000);

  it("passes refusals through with their code and message", async () => {
    const err = await extractDocument(fixture("zip-bomb.docx"), "docx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResumeFileError);
    expect(err).toMatchObject({ code: "ZIP_BOMB" });
    await expect(extractDocument(Buffer.alloc(0), "pdf")).rejects.toMatchObject({ code: "EMPTY_FILE" });
  });

  it("stops a file that runs out of time, and the pool keeps working", async () => {
    const slow = make.manyPagesPdf(5000);
    const started = Date.now();
    await expect(extractDocument(slow, "pdf", { timeoutMs: 50 })).rejects.toMatchObject({ code: "EXTRACTION_TIMEOUT" });
    expect(Date.now() - started).toBeLessThan(5_000);
    // Files queued behind it and new files are read by the replacement worker.
    const docs = await Promise.all([extractDocument(fixture("two-column.pdf"), "pdf"), extractDocument(fixture("sidebar.docx"), "docx"), extractDocument(fixture("cp1251.txt"), "txt")]);
    expect(docs.map((d) => d.lines[0].text)).toEqual(["Jane Doe", "Jane Doe", "Иванов Иван"]);
  }, 60_000);

  it("reads many files at once", async () => {
    const bytes = fixture("two-column.pdf");
    const docs = await Promise.all(Array.from({ length: 8 }, () => extractDocument(bytes, "pdf")));
    expect(new Set(docs.map((d) => d.text)).size).toBe(1);
  }, 60_000);

  it("keeps process memory bounded while reading a 10 MB PDF", async () => {
    const bytes = make.paddedPdf(9.5 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(9 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      const doc = await extractDocument(bytes, "pdf");
      expect(doc.lines[0].text).toBe("Jane Doe");
    } finally {
      clearInterval(sampler);
    }
    expect(peak / 1024 / 1024).toBeLessThan(400);
  }, 60_000);
});
