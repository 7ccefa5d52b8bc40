import { db, type Company } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import type { Actor } from "./actor";

export type CompanyWithEmail = Company & { email: string | null };

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

export async function updateOwnCompany(
  actor: Actor,
  patch: { name?: string; description?: string | null; website?: string | null; city?: string | null },
): Promise<CompanyWithEmail> {
  await db().company.update({ where: { id: requireCompany(actor) }, data: patch });
  return getOwnCompany(actor);
}

/** The public company directory, newest first. */
export async function listCompanies(page: number, perPage: number): Promise<{ items: Company[]; total: number }> {
  const [items, total] = await Promise.all([
    db().company.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    db().company.count(),
  ]);
  return { items, total };
}
