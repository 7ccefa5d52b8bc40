import chardet from "chardet";
import iconv from "iconv-lite";
import type { ExtractedDocument } from "../types";
import { buildDocument, type RawLine } from "./document";
import { ResumeFileError } from "./errors";

/** Decodes a text file: byte order marks first, then UTF-8 if it is valid, else chardet's guess. */
export function decodeText(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString("utf8");
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), "utf-16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), "utf-16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    // not UTF-8: guess below
  }
  let guess = chardet.detect(buf) ?? "windows-1251";
  // chardet names Cyrillic single-byte text as one of several code pages; resumes in the
  // dataset and in practice are windows-1251 far more often than KOI8-R or ISO-8859-5.
  if (!iconv.encodingExists(guess) || /^UTF-(16|32)/i.test(guess)) guess = "windows-1251";
  if (/^(ISO-8859-5|KOI8-R|IBM866)$/i.test(guess) && cyrillicShare(iconv.decode(buf, "windows-1251")) > 0.3) guess = "windows-1251";
  return iconv.decode(buf, guess);
}

function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyr = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  return letters ? cyr / letters : 0;
}

export function extractTxt(bytes: Uint8Array): ExtractedDocument {
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ResumeFileError("CORRUPT_FILE", "The file is not plain text.");
  }
  const text = decodeText(bytes).replace(/\r\n?/g, "\n");
  const raw: RawLine[] = text.split("\n").map((line) => ({ text: line, page: 1, column: 0 }));
  return buildDocument("txt", raw, [], 1);
}
