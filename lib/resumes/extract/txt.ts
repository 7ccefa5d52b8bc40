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

/** UTF-16 without a byte order mark: Latin and Cyrillic text puts a zero in every other byte. */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return "utf-16be";
  return null;
}

export function extractTxt(bytes: Uint8Array): ExtractedDocument {
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let decoded: string;
  if (bytes.includes(0) && !hasBom) {
    const utf16 = bomlessUtf16(bytes);
    if (!utf16) throw new ResumeFileError("CORRUPT_FILE", "The file is not plain text.");
    decoded = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), utf16);
  } else decoded = decodeText(bytes);
  // A binary file that decodes "successfully" is still not text.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(decoded)) throw new ResumeFileError("CORRUPT_FILE", "The file is not plain text.");
  const text = decoded.replace(/\r\n?/g, "\n");
  const raw: RawLine[] = text.split("\n").map((line) => ({ text: line, page: 1, column: 0 }));
  return buildDocument("txt", raw, [], 1);
}
