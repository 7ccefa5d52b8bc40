import { describe, expect, it } from "vitest";
import { detectResumeType, textCharset, zipHasEntry } from "./detect-type";
import { samples, zip } from "./test-samples";

describe("detectResumeType (by content, never by name)", () => {
  it.each([
    ["a PDF", samples.pdf, "pdf"],
    ["a DOCX (a zip holding word/document.xml)", samples.docx, "docx"],
    ["an RTF", samples.rtf, "rtf"],
    ["UTF-8 text", samples.txtUtf8, "txt"],
    ["UTF-8 text with a BOM", samples.txtUtf8Bom, "txt"],
    ["UTF-16LE text with a BOM", samples.txtUtf16le, "txt"],
    ["UTF-16BE text with a BOM", samples.txtUtf16be, "txt"],
    ["windows-1251 text", samples.txtCp1251, "txt"],
    // 0xFF 0xE1 looks like an MPEG audio frame to file-type.
    ["windows-1251 text starting with я", new Uint8Array([0xff, 0xe1, 0xeb, 0xee, 0xea, 0xee, 0x0a]), "txt"],
  ])("accepts %s", async (_name, bytes, ext) => {
    expect((await detectResumeType(bytes))?.ext).toBe(ext);
  });

  it.each([
    ["a Windows executable", samples.exe],
    ["an HTML page", samples.html],
    ["an SVG image", samples.svg],
    ["a plain zip", samples.plainZip],
    ["an XLSX-like zip without word/document.xml", zip({ "xl/workbook.xml": "<workbook/>", "[Content_Types].xml": "<Types/>" })],
    ["a PNG image", samples.png],
    ["binary data with NUL bytes", samples.binary],
    ["text with control characters", new TextEncoder().encode("name\u0001\u0002 resume")],
    ["an empty file", new Uint8Array()],
  ])("refuses %s", async (_name, bytes) => {
    expect(await detectResumeType(bytes)).toBeNull();
  });

  it("tells the charset of text files", () => {
    expect(textCharset(samples.txtUtf8)).toBe("utf-8");
    expect(textCharset(samples.txtCp1251)).toBe("windows-1251");
    expect(textCharset(samples.txtUtf16le)).toBe("utf-16le");
    // UTF-16 without a BOM is full of NUL bytes: not told from binary.
    expect(textCharset(Buffer.from("Resume", "utf16le"))).toBeNull();
  });

  it("reads zip entries from the central directory", () => {
    const archive = zip({ "a.txt": "a", "word/document.xml": "<w:document/>" });
    expect(zipHasEntry(archive, "word/document.xml")).toBe(true);
    expect(zipHasEntry(archive, "word/document.xm")).toBe(false);
    expect(zipHasEntry(archive.subarray(0, archive.length - 30), "word/document.xml")).toBe(false);
  });
});
