import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { contentDisposition, FileNotFoundError, fileStore } from "@/lib/storage";
import { readableBy, resumeIdOr404, resumeNotFound } from "./resume-access";

/**
 * The resume's original file, for its owner company or its candidate, with headers that keep a
 * hostile file harmless: the type decided from its content at upload, never sniffed; a download
 * unless `inline` is asked for a PDF, and then sandboxed (no script, no same-origin access).
 */
export async function openResumeFile({ actor, resumeId, inline }: { actor: Actor; resumeId: string; inline: boolean }) {
  const resume = await db().resume.findFirst({
    where: { id: resumeIdOr404(resumeId), ...readableBy(actor) },
    select: { originalFilename: true, file: { select: { storageKey: true, contentType: true, size: true } } },
  });
  if (!resume) throw resumeNotFound();
  let body: ReadableStream<Uint8Array>;
  try {
    body = await fileStore().stream(resume.file.storageKey);
  } catch (err) {
    if (err instanceof FileNotFoundError) throw errors.notFound("File");
    throw err;
  }
  const pdf = resume.file.contentType === "application/pdf";
  const disposition = contentDisposition(resume.originalFilename);
  // The detail page shows an inline PDF in a frame of our own origin; every other response keeps
  // the server-wide X-Frame-Options: DENY.
  const framed = inline && pdf;
  return {
    body,
    headers: {
      "content-type": resume.file.contentType,
      "content-length": String(resume.file.size),
      "content-disposition": framed ? disposition.replace(/^attachment/, "inline") : disposition,
      "content-security-policy": framed ? "sandbox; frame-ancestors 'self'" : "sandbox",
      ...(framed ? { "x-frame-options": "SAMEORIGIN" } : {}),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    } as Record<string, string>,
  };
}
