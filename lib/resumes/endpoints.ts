import { defineEndpoint } from "@/lib/http/endpoint";
import { FileBytes } from "@/lib/storage/endpoints";
import * as s from "./schemas";

const tags = ["Resume analysis"];
const company = ["company"] as const;

// Seed 004's resume management at /api/v1/resumes, for companies (Bearer token or the session
// cookie); the seed's "no auth in the demo" is overridden: resumes are data about people.
export const resumeEndpoints = {
  resumeList: defineEndpoint({
    method: "GET", path: "/api/v1/resumes", summary: "The company's resumes (a candidate's: their own): filter by status and vacancy, sort, page", tags,
    auth: "user", roles: ["company", "candidate"], query: s.ResumeListQuery, responses: { 200: s.ResumeList },
  }),
  resumeUpload: defineEndpoint({
    method: "POST", path: "/api/v1/resumes/upload",
    summary: "Upload a resume (PDF, DOCX, RTF, TXT; at most 10 MB), optionally for a vacancy; analysed in the background", tags,
    auth: "user", roles: company, body: s.ResumeUploadForm, bodyType: "multipart", responses: { 201: s.ResumeUploaded },
    errors: [404, 413, 415],
  }),
  resumeStatistics: defineEndpoint({
    method: "GET", path: "/api/v1/resumes/statistics", summary: "Counts, average score, score bands and top vacancies of the company's resumes", tags,
    auth: "user", roles: company, responses: { 200: s.ResumeStatisticsView },
  }),
  resumeDetail: defineEndpoint({
    method: "GET", path: "/api/v1/resumes/{resume_id}",
    summary: "A resume with its blocks, skills and fit (the company's, or the candidate's own)", tags,
    auth: "user", roles: ["company", "candidate"], params: s.ResumeIdParams, query: s.ResumeDetailQuery,
    responses: { 200: s.ResumeDetailView }, errors: [404],
  }),
  resumeDelete: defineEndpoint({
    method: "DELETE", path: "/api/v1/resumes/{resume_id}", summary: "Delete a resume and its stored file", tags,
    auth: "user", roles: company, params: s.ResumeIdParams, responses: { 200: s.ResumeDeleted }, errors: [404],
  }),
  resumeProcess: defineEndpoint({
    method: "POST", path: "/api/v1/resumes/{resume_id}/process",
    summary: "Analyse a resume now (again): sections, skills, experience, education; 422 when the file cannot be read", tags,
    auth: "user", roles: company, params: s.ResumeIdParams, responses: { 200: s.ProcessResult }, errors: [404, 422],
  }),
  resumeCalculateScore: defineEndpoint({
    method: "POST", path: "/api/v1/resumes/{resume_id}/calculate-score",
    summary: "The resume's fit to a vacancy (vacancy_id, else its own), cached", tags,
    auth: "user", roles: company, params: s.ResumeIdParams, query: s.CalculateScoreQuery, body: s.CalculateScoreBody, bodyType: "json-or-form",
    responses: { 200: s.ScoreResult }, errors: [400, 404, 422],
  }),
  resumeFile: defineEndpoint({
    method: "GET", path: "/api/v1/resumes/{resume_id}/file",
    summary: "The resume's original file (a download; a sandboxed inline PDF with ?inline=1)", tags,
    auth: "user", roles: ["company", "candidate"], params: s.ResumeIdParams, query: s.ResumeFileQuery,
    responses: { 200: FileBytes }, errors: [404],
  }),
  vacancyResumeRanking: defineEndpoint({
    method: "GET", path: "/api/vacancies/{vacancy_id}/resumes",
    summary: "The company's analysed resumes ranked by fit to its vacancy", tags,
    auth: "user", roles: company, params: s.VacancyIdParams, query: s.RankingQuery, responses: { 200: s.VacancyRanking }, errors: [404],
  }),
};
