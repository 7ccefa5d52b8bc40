import { db, sql, type Company } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import type { Actor } from "@/lib/auth";

/** A company with its owner's email (the account that signs in as it). */
export type CompanyWithEmail = Company & { email: string | null };

export interface CompanyProfilePatch {
  name?: string;
  description?: string | null;
  website?: string | null;
  city?: string | null;
}

function requireCompany(actor: Actor): string {
  if (actor.role !== "company" || !actor.companyId) throw errors.forbidden("Only company accounts have a company profile");
  return actor.companyId;
}

export async function getOwnCompany(actor: Actor): Promise<CompanyWithEmail> {
  const company = await db().company.findUnique({
    where: { id: requireCompany(actor) },
    include: { owner: { select: { email: true } } },
  });
  if (!company) throw errors.notFound("Company");
  const { owner, ...rest } = company;
  return { ...rest, email: owner?.email ?? null };
}

export async function updateOwnCompany(actor: Actor, patch: CompanyProfilePatch): Promise<CompanyWithEmail> {
  await db().company.update({ where: { id: requireCompany(actor) }, data: patch });
  return getOwnCompany(actor);
}

/** What the directory shows of a company. */
export type DirectoryCompany = Pick<Company, "id" | "name" | "description" | "website" | "city" | "createdAt">;

/**
 * The public company directory, newest first. Hand-written SQL (see `sql`): it is public, read
 * far more than written, and Prisma's own work was over half the cost of serving it. The total
 * rides along with the page in one statement: one round trip, and both from one snapshot.
 */
export async function listCompanies(page: number, perPage: number): Promise<{ items: DirectoryCompany[]; total: number }> {
  const rows = await sql<DirectoryCompany & { total: number }>(
    `SELECT id, name, description, website, city, created_at AS "createdAt", (SELECT count(*)::int FROM companies) AS total
       FROM companies ORDER BY created_at DESC, id ASC LIMIT $1 OFFSET $2`,
    [perPage, (page - 1) * perPage],
  );
  // A page past the end has no row to carry the total.
  const total = rows.length ? rows[0].total : (await sql<{ total: number }>(`SELECT count(*)::int AS total FROM companies`))[0].total;
  return { items: rows.map(({ total: _total, ...company }) => company), total };
}
