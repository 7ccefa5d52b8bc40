import type { Actor } from "@/lib/auth";
import { db, type Prisma } from "@/lib/db";
import { readableBy } from "./resume-access";
import type { RESUME_SORTS, RESUME_STATUSES } from "./schemas";
import { isUuid } from "./vacancy-records";

export type ResumeStatus = (typeof RESUME_STATUSES)[number];
export type ResumeSort = (typeof RESUME_SORTS)[number];

export interface ResumeListQuery {
  skip: number;
  limit: number;
  status?: ResumeStatus;
  /** A vacancy's id, or its code (seed 004's examples put codes there). */
  vacancyId?: string;
  sortBy: ResumeSort;
  sortOrder: "asc" | "desc";
}

const SORT_COLUMN = { upload_date: "uploadedAt", total_score: "totalScore", confidence_score: "confidenceScore" } as const;

export const listSelect = {
  id: true, filename: true, originalFilename: true, fileType: true, fileSize: true, status: true, totalScore: true,
  confidenceScore: true, uploadedAt: true, vacancyId: true, candidateName: true, error: true, processedAt: true,
  vacancy: { select: { title: true, code: true } },
} as const satisfies Prisma.ResumeSelect;

/** Seed 004's list: the company's resumes (a candidate's: their own), filtered, sorted (missing scores last either way) and paged. */
export async function listResumes({ actor, query }: { actor: Actor; query: ResumeListQuery }) {
  const where: Prisma.ResumeWhereInput = { ...readableBy(actor) };
  if (query.status) where.status = query.status;
  if (query.vacancyId) where.vacancy = isUuid(query.vacancyId) ? { id: query.vacancyId } : { code: query.vacancyId };
  const column = SORT_COLUMN[query.sortBy];
  const orderBy: Prisma.ResumeOrderByWithRelationInput[] =
    column === "uploadedAt"
      ? [{ uploadedAt: query.sortOrder }, { id: query.sortOrder }]
      : [{ [column]: { sort: query.sortOrder, nulls: "last" } }, { uploadedAt: "desc" }, { id: "desc" }];
  const [rows, total] = await Promise.all([
    db().resume.findMany({ where, orderBy, skip: query.skip, take: query.limit, select: listSelect }),
    db().resume.count({ where }),
  ]);
  return { rows, total, skip: query.skip, limit: query.limit };
}

export type ResumeListRow = Awaited<ReturnType<typeof listResumes>>["rows"][number];
