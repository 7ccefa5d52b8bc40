// Writes the small hostile and odd resume files the extraction tests (and the API tests of
// uploads) use into tests/fixtures/resumes/. Deterministic: running it again changes nothing.
// Big files (11 MB, 5,000 pages, a 10 MB PDF) are built by the tests at run time instead.
//   npx tsx scripts/make-resume-fixtures.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as make from "../tests/fixtures/resumes/generate";

const dir = path.resolve(import.meta.dirname, "../tests/fixtures/resumes");
mkdirSync(dir, { recursive: true });

const files: Record<string, Buffer> = {
  "two-column.pdf": make.twoColumnPdf(),
  "hidden-text.pdf": make.hiddenTextPdf(),
  "header-then-columns.pdf": make.headerThenColumnsPdf(),
  "right-aligned-dates.pdf": make.rightAlignedDatesPdf(),
  "encrypted.pdf": make.encryptedPdf(),
  "scanned.pdf": make.scannedPdf(),
  "truncated.pdf": make.twoColumnPdf().subarray(0, 300),
  "exe-renamed.pdf": Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), Buffer.alloc(200, 0)]),
  "empty.pdf": Buffer.alloc(0),
  "sidebar.docx": make.sidebarDocx(),
  "hidden-text.docx": make.hiddenDocx(),
  "styled-hidden.docx": make.styledHiddenDocx(),
  "text-box.docx": make.textBoxDocx(),
  "xxe.docx": make.xxeDocx(),
  "external-ref.docx": make.externalRefDocx(),
  "zip-bomb.docx": make.zipBombDocx(),
  "zip-bomb-lying.docx": make.lyingZipBombDocx(),
  "encrypted.docx": make.encryptedDocx(),
  "html-named.docx": Buffer.from("<!DOCTYPE html><html><body><h1>Jane Doe</h1></body></html>"),
  "hidden-text.rtf": make.hiddenRtf(),
  "corrupt.rtf": make.corruptRtf(),
  "cp1251.txt": make.cp1251Txt(),
  "zero-width.txt": make.zeroWidthTxt(),
};

for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(path.join(dir, name), bytes);
  console.log(`${name.padEnd(22)} ${bytes.length} bytes`);
}
