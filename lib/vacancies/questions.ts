import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { questionSelect, setQuestionsOf, type VacancyQuestionRecord } from "./replace-questions";
import type { QuestionsInputValue } from "./schemas";
import { findOwnVacancy, getVacancy, isOwner } from "./vacancies";

/** Sets (replaces) the screening questions of the actor's own vacancy. */
export async function setVacancyQuestions({
  actor,
  vacancyId,
  questions,
}: {
  actor: Actor;
  vacancyId: string;
  questions: QuestionsInputValue["questions"];
}): Promise<VacancyQuestionRecord[]> {
  const vacancy = await findOwnVacancy(actor, vacancyId);
  return setQuestionsOf(vacancy.id, questions);
}

/**
 * The questions of a vacancy the actor may see. The key points a good answer covers are the
 * company's marking scheme: only its owner gets them (`withKeyPoints`).
 */
export async function getVacancyQuestions({
  actor,
  vacancyId,
}: {
  actor: Actor | null;
  vacancyId: string;
}): Promise<{ vacancyId: string; withKeyPoints: boolean; questions: VacancyQuestionRecord[] }> {
  const vacancy = await getVacancy({ actor, vacancyId });
  const questions = await db().vacancyQuestion.findMany({ where: { vacancyId: vacancy.id }, select: questionSelect, orderBy: { position: "asc" } });
  return { vacancyId: vacancy.id, withKeyPoints: isOwner(actor, vacancy), questions };
}
