import { db } from "@/lib/db";
import type { QuestionsInputValue } from "./schemas";

export interface VacancyQuestionRecord {
  id: string;
  position: number;
  text: string;
  keyPoints: string[];
}

export const questionSelect = { id: true, position: true, text: true, keyPoints: true } as const;

/** Replaces a vacancy's questions with these, in this order (one transaction: never half a list). */
export async function setQuestionsOf(vacancyId: string, questions: QuestionsInputValue["questions"]): Promise<VacancyQuestionRecord[]> {
  await db().$transaction([
    db().vacancyQuestion.deleteMany({ where: { vacancyId } }),
    db().vacancyQuestion.createMany({
      data: questions.map((q, i) => ({ vacancyId, position: i + 1, text: q.text, keyPoints: q.key_points })),
    }),
  ]);
  return db().vacancyQuestion.findMany({ where: { vacancyId }, select: questionSelect, orderBy: { position: "asc" } });
}

