import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./schemas";

// Seed 003's vacancy routes (Flask paths under /api), plus the requirement proposal the form uses.
const tags = ["Hiring"];

export const vacancyEndpoints = {
  vacancyCreate: defineEndpoint({
    method: "POST", path: "/api/vacancies/create", summary: "Create a vacancy (company)", tags,
    auth: "user", roles: ["company"], body: s.VacancyCreate, responses: { 201: s.VacancyCreated }, errors: [409],
  }),
  vacancies: defineEndpoint({
    method: "GET", path: "/api/vacancies", summary: "List vacancies: open ones for everyone, and the company's own drafts and closed ones", tags,
    auth: "optional", query: s.VacanciesQuery, responses: { 200: s.VacanciesPage },
  }),
  vacancy: defineEndpoint({
    method: "GET", path: "/api/vacancies/{vacancy_id}", summary: "One vacancy (open, or the company's own)", tags,
    auth: "optional", params: s.VacancyParams, responses: { 200: s.VacancyView }, errors: [404],
  }),
  vacancyUpdate: defineEndpoint({
    method: "PUT", path: "/api/vacancies/{vacancy_id}", summary: "Update a vacancy (owning company)", tags,
    auth: "user", roles: ["company"], params: s.VacancyParams, body: s.VacancyUpdate, responses: { 200: s.VacancyUpdated }, errors: [404, 409],
  }),
  vacancyDelete: defineEndpoint({
    method: "DELETE", path: "/api/vacancies/{vacancy_id}", summary: "Delete a vacancy (owning company)", tags,
    auth: "user", roles: ["company"], params: s.VacancyParams, responses: { 200: s.VacancyDeleted }, errors: [404],
  }),
  vacancyQuestionsSet: defineEndpoint({
    method: "POST", path: "/api/vacancies/{vacancy_id}/questions", summary: "Set (replace) a vacancy's screening questions (owning company)", tags,
    auth: "user", roles: ["company"], params: s.VacancyParams, body: s.QuestionsInput, responses: { 200: s.QuestionsSaved }, errors: [404],
  }),
  vacancyQuestions: defineEndpoint({
    method: "GET", path: "/api/vacancies/{vacancy_id}/questions", summary: "A vacancy's questions (key points only for the owning company)", tags,
    auth: "optional", params: s.VacancyParams, responses: { 200: s.QuestionsView }, errors: [404],
  }),
  vacancyExtractRequirements: defineEndpoint({
    method: "POST", path: "/api/vacancies/extract-requirements", summary: "Propose requirements read from a vacancy's text (company; nothing is saved)", tags,
    auth: "user", roles: ["company"], body: s.ExtractRequirementsInput, responses: { 200: s.ProposedRequirements },
  }),
};
