import { fileTypeFromBuffer } from "file-type";

/** A resume format we accept, decided from the file's bytes alone. */
export type ResumeType =
  | { ext: "pdf"; mime: "application/pdf" }
  | { ext: "docx"; mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }
  | { ext: "rtf"; mime: "application/rtf" }
  | { ext: "txt"; mime: `text/plain; charset=${TextCharset}` };

export type TextCharset = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

const PDF = { ext: "pdf", mime: "application/pdf" } as const;
const DOCX = { ext: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } as const;
const RTF = { ext: "rtf", mime: "application/rtf" } as const;

/**
 * What a resume file really is, by its content: never by its name or the client's content type,
 * which anyone can set (an EXE named cv.pdf, an HTML page named cv.docx). Null when it is none
 * of PDF, DOCX, RTF or plain text.
 */
export async function detectResumeType(bytes: Uint8Array): Promise<ResumeType | null> {
  if (bytes.length === 0) return null;
  // RTF first: file-type knows it too, but the check is one prefix and needs no parsing.
  if (startsWith(bytes, "{\\rtf")) return RTF;
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed?.ext === "pdf") return PDF;
  // A DOCX is a zip with the main document part; a plain zip or another Office file is not one.
  if (sniffed?.ext === "zip" || sniffed?.ext === "docx") return zipHasEntry(bytes, "word/document.xml") ? DOCX : null;
  // Anything else must be text, whatever file-type guessed: its weakest guesses (MPEG audio from
  // a UTF-16 byte order mark or a Cyrillic "я" in windows-1251) are text, and real binaries
  // (executables, images, archives) hold NUL and control bytes that text never does.
  const charset = textCharset(bytes);
  return charset ? { ext: "txt", mime: `text/plain; charset=${charset}` } : null;
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return
// mean binary data, whatever the encoding.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;
// Text a browser would sniff as markup: served back, it could run script in our origin.
const MARKUP = /^\s*<(?:[a-z!?/])/i;

function decodes(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The charset of a plain-text file, or null when it is not text: UTF-8 or UTF-16 with a byte
 * order mark, else UTF-8 if it decodes as such, else windows-1251 (Russian resumes saved by
 * older Windows editors). UTF-16 without a BOM is refused: it cannot be told from binary reliably.
 */
export function textCharset(bytes: Uint8Array): TextCharset | null {
  let charset: TextCharset;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [charset, body] = ["utf-8", bytes.subarray(3)];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [charset, body] = ["utf-16le", bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [charset, body] = ["utf-16be", bytes.subarray(2)];
  else if (bytes.includes(0)) return null;
  else charset = decodes(bytes, "utf-8") !== null ? "utf-8" : "windows-1251";
  // 0x98 is the one byte windows-1251 leaves undefined.
  if (charset === "windows-1251" && body.includes(0x98)) return null;
  const text = decodes(body, charset);
  if (text === null || CONTROL.test(text) || MARKUP.test(text)) return null;
  return charset;
}

/**
 * Whether a zip archive lists an entry of exactly this name, read from its central directory
 * (the archive's own table of contents, at its end). Nothing is inflated.
 */
export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return false;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const wanted = new TextEncoder().encode(name);
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return false;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entryName = bytes.subarray(offset + 46, offset + 46 + nameLength);
    if (entryName.length === wanted.length && entryName.every((b, i) => b === wanted[i])) return true;
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return false;
}
