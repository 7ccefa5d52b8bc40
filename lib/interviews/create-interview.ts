import { randomInt } from "node:crypto";
import type { z } from "zod";
import { accountLocale, type Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { errors } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { appUrl, sendMailLater } from "@/lib/mail";
import { consume } from "@/lib/rate-limit";
import { bankTask, tasksOfLevel, type CodingTask } from "./bank";
import { generateTask } from "./generate";
import { inviteMail, type InviteDetails } from "./invite-mail";
import { newInviteToken } from "./invite-token";
import type { CreateInterviewBody, InterviewLocale } from "./schemas";
import { snapshotTask, type StoredTask } from "./stored-task";

// Interviews started with no account are limited per client address: each one can run code.
const ANONYMOUS_CREATES = { limit: 30, windowMs: 60 * 60 * 1000 };

/** The language the interviewer speaks: asked for, else the account's, else the browser's. */
async function interviewLocale(asked: InterviewLocale | undefined, actor: Actor | null, acceptLanguage: string | null): Promise<InterviewLocale> {
  if (asked) return asked;
  const account = actor?.email ? await accountLocale(actor.email) : null;
  if (account === "ru" || account === "en") return account;
  return fromAcceptLanguage(acceptLanguage);
}

/** `ru-RU,ru;q=0.9,en;q=0.8` -> "ru": the preferred language we speak, English otherwise. */
export function fromAcceptLanguage(header: string | null): InterviewLocale {
  const ranked = (header ?? "")
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((l) => l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === "ru" || tag.startsWith("ru-")) return "ru";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "en";
}

/** Whose earlier interviews count when picking a task they have not had lately. */
function ownerScope(actor: Actor | null) {
  if (actor?.role === "company" && actor.companyId) return { companyId: actor.companyId };
  if (actor) return { candidateId: actor.id };
  return null;
}

/**
 * A bank task of the level: one the owner has never had (at random), else the one they had
 * longest ago, so a candidate practising again meets a new task.
 */
async function pickBankTask(actor: Actor | null, level: "junior" | "middle"): Promise<CodingTask> {
  const tasks = tasksOfLevel(level);
  if (tasks.length === 0) throw errors.notFound(`A ${level} task`);
  const scope = ownerScope(actor);
  const lastUsed = new Map<string, number>();
  if (scope) {
    const used = await db().interview.groupBy({
      by: ["taskId"],
      where: { ...scope, taskId: { in: tasks.map((t) => t.id) } },
      _max: { createdAt: true },
    });
    for (const u of used) lastUsed.set(u.taskId, u._max.createdAt?.getTime() ?? 0);
  }
  const fresh = tasks.filter((t) => !lastUsed.has(t.id));
  if (fresh.length > 0) return fresh[randomInt(fresh.length)];
  return tasks.reduce((a, b) => (lastUsed.get(a.id)! <= lastUsed.get(b.id)! ? a : b));
}

async function chooseTask(
  input: z.output<typeof CreateInterviewBody>,
  actor: Actor | null,
  locale: InterviewLocale,
): Promise<StoredTask> {
  if (input.task_id) {
    const task = bankTask(input.task_id);
    if (!task) throw errors.validation(`Unknown task: ${input.task_id}`, { issues: [{ path: "task_id", message: "no such task (GET /api/interviews/tasks)" }] });
    if (task.level !== input.level) {
      throw errors.validation(`Task ${task.id} is a ${task.level} task`, { issues: [{ path: "task_id", message: `a ${task.level} task, not ${input.level}` }] });
    }
    return snapshotTask(task, "bank");
  }
  try {
    // Only with a configured AI provider; a generated task is returned only once its reference
    // solution has passed its own tests in the sandbox.
    const generated = await generateTask({ language: input.language, level: input.level, locale, actor });
    if (generated) return snapshotTask(generated, "generated");
  } catch (err) {
    logger.warn({ err }, "task generation failed; a bank task is used");
  }
  return snapshotTask(await pickBankTask(actor, input.level), "bank");
}

export interface CreateInterviewInput {
  actor: Actor | null;
  input: z.output<typeof CreateInterviewBody>;
  client: { ip: string };
  acceptLanguage: string | null;
}

/**
 * Starts a coding interview. A company creates it for a candidate and gets an invite link (its
 * token shown once, stored hashed, and mailed to the candidate's address when given); a
 * signed-in user starts one to practise (it is theirs); a client with no account starts one
 * whose id is its capability (the seed's "simple session by interview_id").
 */
export async function createInterview({ actor, input, client, acceptLanguage }: CreateInterviewInput) {
  const company = actor?.role === "company" && actor.companyId ? actor.companyId : null;
  if (company && !input.candidate_name) {
    throw errors.validation("candidate_name is required when a company creates an interview", {
      issues: [{ path: "candidate_name", message: "required for a company's interview" }],
    });
  }
  if (!actor) {
    const limit = await consume(`interviews:anonymous:${client.ip}`, ANONYMOUS_CREATES.limit, ANONYMOUS_CREATES.windowMs);
    if (!limit.allowed) throw errors.rateLimited(limit.retryAfterSeconds);
  }
  const locale = await interviewLocale(input.interview_language, actor, acceptLanguage);
  const task = await chooseTask(input, actor, locale);
  const invite = company ? newInviteToken() : null;
  const code = task.initialCode[input.language];

  const interview = await db().interview.create({
    data: {
      companyId: company,
      createdById: company ? actor!.id : null,
      candidateId: actor && !company ? actor.id : null,
      candidateName: input.candidate_name ?? null,
      candidateEmail: company ? (input.candidate_email ?? null) : null,
      inviteTokenHash: invite?.hash ?? null,
      anonymous: !actor,
      language: input.language,
      level: input.level,
      locale,
      taskId: task.id,
      task: task as object,
      currentCode: code,
      durationMinutes: input.duration_minutes ?? 60,
      edits: { create: { code } },
    },
  });

  let inviteUrl: string | null = null;
  if (invite) {
    inviteUrl = `${await appUrl()}/interviews/${interview.id}?token=${invite.token}`;
    if (interview.candidateEmail) mailInvite(interview.candidateEmail, company!, inviteUrl, interview);
  }
  return { interview, inviteUrl, inviteToken: invite?.token ?? null };
}

function mailInvite(to: string, companyId: string, url: string, interview: InviteDetails) {
  sendMailLater("coding interview invite", async () => {
    const company = await db().company.findUnique({ where: { id: companyId }, select: { name: true } });
    return inviteMail(to, company?.name ?? "Offerpath", url, interview);
  });
}
