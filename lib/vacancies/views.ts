import type { VacancyQuestionRecord } from "./replace-questions";
import type { VacancyRecord } from "./vacancies";

// Seed 003's views of a vacancy (snake_case). The owner also sees how many resumes it has.

export function vacancyView(v: VacancyRecord, { owner = false }: { owner?: boolean } = {}) {
  return {
    id: v.id,
    _id: v.id,
    company_id: v.companyId,
    company_name: v.company.name,
    code: v.code,
    title: v.title,
    description: v.description,
    status: v.status,
    location: v.location,
    required_skills: v.requiredSkills,
    nice_to_have_skills: v.niceToHaveSkills,
    min_experience_years: v.minExperienceYears,
    education_level: v.educationLevel,
    language: v.language === "ru" ? ("ru" as const) : ("en" as const),
    questions_count: v._count.questions,
    ...(owner ? { resumes_count: v._count.resumes } : {}),
    created_at: v.createdAt.toISOString(),
    updated_at: v.updatedAt.toISOString(),
  };
}

export function questionView(q: VacancyQuestionRecord, { withKeyPoints }: { withKeyPoints: boolean }) {
  return {
    id: q.id,
    position: q.position,
    text: q.text,
    question: q.text,
    ...(withKeyPoints ? { key_points: q.keyPoints } : {}),
  };
}
