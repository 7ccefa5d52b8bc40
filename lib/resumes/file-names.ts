import { randomBytes } from "node:crypto";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Seed 004's `filename`: the name we give a stored resume, `resume_20240101_120000_ab12.pdf`
 * (UTC time of upload and a random tail, so two uploads in one second differ). It never
 * contains anything the client sent.
 */
export function generatedResumeName(ext: string, at = new Date()): string {
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  return `resume_${date}_${time}_${randomBytes(2).toString("hex")}.${ext}`;
}

// Control characters, and the bidirectional overrides and isolates that make "cv‮fdp.exe" read as
// "cvexe.pdf" on screen.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The client's file name as we keep it: data for display and downloads, never a path. Only the
 * last path segment survives (`../../x.pdf` -> `x.pdf`, `C:\cv\x.pdf` -> `x.pdf`), without
 * control or direction-changing characters, at most 255 characters; `fallback` when nothing is left.
 */
export function displayFileName(name: string | undefined, fallback: string): string {
  const last = (name ?? "").split(/[/\\]/).pop() ?? "";
  const clean = last.replace(UNSAFE, "").replace(/\s+/g, " ").trim();
  if (!clean || /^\.+$/.test(clean)) return fallback;
  return clean.length <= 255 ? clean : clean.slice(0, 255);
}
