import type { Actor } from "@/lib/auth";
import { db, Prisma } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import type { VacanciesQueryValue, VacancyCreateInput, VacancyUpdateInput } from "./schemas";
import { forgetCachedFitScores } from "./forget-scores";
import { setQuestionsOf } from "./replace-questions";
import { canonicalSkills, skillsInText, withoutRequired } from "./skills";
import { codePrefix, nextCode } from "./vacancy-code";

export const vacancyInclude = {
  company: { select: { name: true } },
  _count: { select: { questions: true, resumes: true } },
} satisfies Prisma.VacancyInclude;

/** A vacancy as the views read it: with its company's name and how many questions and resumes it has. */
export type VacancyRecord = Prisma.VacancyGetPayload<{ include: typeof vacancyInclude }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/** The actor's company id when it is a company account; null for anyone else (or nobody). */
export function ownCompanyId(actor: Actor | null): string | null {
  return actor?.role === "company" && actor.companyId ? actor.companyId : null;
}

function requireCompany(actor: Actor): string {
  const companyId = ownCompanyId(actor);
  if (!companyId) throw errors.forbidden("Only company accounts manage vacancies");
  return companyId;
}

const notFound = () => errors.notFound("Vacancy", "VACANCY_NOT_FOUND");

/**
 * The actor's own vacancy, or 404: another company's vacancy is "not found", never "forbidden",
 * so its existence does not leak.
 */
export async function findOwnVacancy(actor: Actor, vacancyId: string): Promise<VacancyRecord> {
  const companyId = requireCompany(actor);
  if (!isUuid(vacancyId)) throw notFound();
  const vacancy = await db().vacancy.findFirst({ where: { id: vacancyId, companyId }, include: vacancyInclude });
  if (!vacancy) throw notFound();
  return vacancy;
}

/** What an actor may see: open vacancies, and every vacancy of their own company. */
function visibleTo(actor: Actor | null): Prisma.VacancyWhereInput {
  const companyId = ownCompanyId(actor);
  return companyId ? { OR: [{ status: "open" }, { companyId }] } : { status: "open" };
}

/** One vacancy the actor may see (open, or their company's), or 404. */
export async function getVacancy({ actor, vacancyId }: { actor: Actor | null; vacancyId: string }): Promise<VacancyRecord> {
  if (!isUuid(vacancyId)) throw notFound();
  const vacancy = await db().vacancy.findFirst({ where: { AND: [{ id: vacancyId }, visibleTo(actor)] }, include: vacancyInclude });
  if (!vacancy) throw notFound();
  return vacancy;
}

export function isOwner(actor: Actor | null, vacancy: { companyId: string }): boolean {
  return ownCompanyId(actor) === vacancy.companyId;
}

/**
 * Vacancies the actor may see, newest first. Everyone sees open ones; a company also sees its own
 * drafts and closed ones. `company_id` and `mine` narrow that, never widen it.
 */
export async function listVacancies({
  actor,
  filter,
}: {
  actor: Actor | null;
  filter: Pick<VacanciesQueryValue, "company_id" | "mine" | "status" | "page" | "per_page">;
}): Promise<{ items: VacancyRecord[]; total: number }> {
  const own = ownCompanyId(actor);
  const and: Prisma.VacancyWhereInput[] = [visibleTo(actor)];
  if (filter.mine) {
    if (!own) return { items: [], total: 0 };
    and.push({ companyId: own });
  }
  if (filter.company_id) {
    // A Mongo-style id or any other non-uuid matches no company (not an error for a filter).
    if (!isUuid(filter.company_id)) return { items: [], total: 0 };
    and.push({ companyId: filter.company_id });
  }
  if (filter.status) and.push({ status: filter.status });
  const where = { AND: and };
  const [items, total] = await Promise.all([
    db().vacancy.findMany({
      where,
      include: vacancyInclude,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: filter.per_page,
      skip: (filter.page - 1) * filter.per_page,
    }),
    db().vacancy.count({ where }),
  ]);
  return { items, total };
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
}

const codeTaken = (code: string) => errors.conflict(`A vacancy with code ${code} already exists`, { field: "code", code });

/** Required skills from the list and from a free-text `requirements`; nice-to-have ones never repeat a required one. */
function skillsFrom(input: { required_skills?: string[]; nice_to_have_skills?: string[]; requirements_text?: string }, current?: { required: string[]; nice: string[] }) {
  const text = input.requirements_text ? skillsInText(input.requirements_text) : [];
  const required =
    input.required_skills !== undefined || text.length
      ? canonicalSkills([...(input.required_skills ?? current?.required ?? []), ...text])
      : undefined;
  const niceSource = input.nice_to_have_skills ?? (required ? current?.nice : undefined);
  const nice = niceSource ? withoutRequired(required ?? current?.required ?? [], canonicalSkills(niceSource)) : undefined;
  return { required, nice };
}

export async function createVacancy({ actor, input }: { actor: Actor; input: VacancyCreateInput }): Promise<VacancyRecord> {
  const companyId = requireCompany(actor);
  const { required, nice } = skillsFrom(input);
  const data = {
    companyId,
    title: input.title,
    description: input.description,
    status: input.status,
    location: input.location ?? null,
    requiredSkills: required ?? [],
    niceToHaveSkills: nice ?? [],
    minExperienceYears: input.min_experience_years,
    educationLevel: input.education_level,
    language: input.language,
  };
  // A generated code can race another create of the same title: try the next number.
  for (let attempt = 0; ; attempt++) {
    const code = input.code ?? (await generatedCode(companyId, input.title));
    try {
      const created = await db().vacancy.create({ data: { ...data, code } });
      if (input.questions?.length) await setQuestionsOf(created.id, input.questions);
      return await db().vacancy.findUniqueOrThrow({ where: { id: created.id }, include: vacancyInclude });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (input.code || attempt >= 4) throw codeTaken(code);
    }
  }
}

async function generatedCode(companyId: string, title: string): Promise<string> {
  const prefix = codePrefix(title);
  const rows = await db().vacancy.findMany({ where: { companyId, code: { startsWith: `${prefix}_` } }, select: { code: true } });
  return nextCode(
    prefix,
    rows.map((r) => r.code),
  );
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export async function updateVacancy({
  actor,
  vacancyId,
  input,
}: {
  actor: Actor;
  vacancyId: string;
  input: VacancyUpdateInput;
}): Promise<VacancyRecord> {
  const current = await findOwnVacancy(actor, vacancyId);
  const { required, nice } = skillsFrom(input, { required: current.requiredSkills, nice: current.niceToHaveSkills });
  const data: Prisma.VacancyUpdateInput = {
    title: input.title,
    description: input.description,
    status: input.status,
    location: input.location,
    requiredSkills: required,
    niceToHaveSkills: nice,
    minExperienceYears: input.min_experience_years,
    educationLevel: input.education_level,
    language: input.language,
  };
  // A blank code keeps the current one: every vacancy has a code.
  if (input.code) data.code = input.code;
  try {
    // Scoped by company as well as id: the ownership check and the write are one statement's business.
    await db().vacancy.update({ where: { id: current.id, companyId: current.companyId }, data });
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken(String(data.code));
    throw err;
  }
  const updated = await db().vacancy.findUniqueOrThrow({ where: { id: current.id }, include: vacancyInclude });
  const requirementsChanged =
    !sameList(current.requiredSkills, updated.requiredSkills) ||
    !sameList(current.niceToHaveSkills, updated.niceToHaveSkills) ||
    current.minExperienceYears !== updated.minExperienceYears ||
    current.educationLevel !== updated.educationLevel ||
    current.language !== updated.language;
  if (requirementsChanged) await forgetCachedFitScores(current.id);
  return updated;
}

export async function deleteVacancy({ actor, vacancyId }: { actor: Actor; vacancyId: string }): Promise<void> {
  const current = await findOwnVacancy(actor, vacancyId);
  // Before the row goes: the pipeline finds the vacancy's company's cache through it.
  await forgetCachedFitScores(current.id);
  await db().vacancy.deleteMany({ where: { id: current.id, companyId: current.companyId } });
}
