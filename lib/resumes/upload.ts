import { db } from "@/lib/db";
import { ApiError } from "@/lib/http/errors";
import { saveUpload } from "@/lib/storage";
import { detectResumeType, type ResumeType } from "./detect-type";

export const RESUME_FORMATS = ["PDF", "DOCX", "RTF", "TXT"] as const;

/** A resume file whose content was checked: its bytes, its real type, and its name as the client gave it. */
export interface CheckedResume {
  bytes: Uint8Array;
  type: ResumeType;
  /** The client's file name: shown back as data, never used to store or to type the file. */
  filename: string;
}

const unsupported = () =>
  new ApiError(
    "UNSUPPORTED_MEDIA_TYPE",
    "The resume must be a PDF, DOCX, RTF or plain-text file; this file's content is none of these",
    { accepted: [...RESUME_FORMATS] },
    415,
  );

/** Reads an uploaded resume and decides its type from its content; 415 when it is not a resume format. */
export async function checkResume(file: File): Promise<CheckedResume> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await detectResumeType(bytes);
  if (!type) throw unsupported();
  return { bytes, type, filename: file.name };
}

/** Stores a checked resume under a generated key, with the content type its bytes showed; returns the file record. */
export async function storeResume(ownerId: string, resume: CheckedResume) {
  return saveUpload({ ownerId, prefix: "resumes", data: resume.bytes, contentType: resume.type.mime, filename: resume.filename });
}

export async function attachResumeFile(userId: string, fileId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { resumeFileId: fileId } });
}
