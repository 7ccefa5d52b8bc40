import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./schemas";

const tags = ["Coding interviews"];
// The seed answers bad parameters with 400, not the rest of the API's 422.
const validationStatus = 400;
const TokenQuery = z.object({ token: z.string().max(200).optional().describe("The invite token (or send it as X-Interview-Token).") });

// Seed 001's coding interviews at /api/interviews. "optional" auth: a company's candidate acts
// with the invite token alone, and an interview started with no account is reached by its id.
export const interviewEndpoints = {
  interviewCreate: defineEndpoint({
    method: "POST", path: "/api/interviews",
    summary: "Start a coding interview: a company's for a candidate (with an invite link), or one to practise (no account needed)", tags,
    auth: "optional", body: s.CreateInterviewBody, validationStatus, responses: { 201: s.InterviewCreated }, errors: [400, 429],
  }),
  interviewList: defineEndpoint({
    method: "GET", path: "/api/interviews", summary: "The company's interviews, or the candidate's own, newest first", tags,
    auth: "user", roles: ["company", "candidate", "guest", "admin"], query: s.InterviewListQuery, validationStatus, responses: { 200: s.InterviewList },
  }),
  interviewTasks: defineEndpoint({
    method: "GET", path: "/api/interviews/tasks", summary: "The task bank: ids, titles, levels and languages", tags,
    auth: "public", query: s.TaskListQuery, validationStatus, responses: { 200: s.TaskList },
  }),
  interviewGet: defineEndpoint({
    method: "GET", path: "/api/interviews/{interview_id}",
    summary: "The interview and its task (the candidate's first look starts its timer)", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, validationStatus, responses: { 200: s.InterviewView }, errors: [404],
  }),
  interviewSaveCode: defineEndpoint({
    method: "PUT", path: "/api/interviews/{interview_id}/code", summary: "Save the candidate's code (every change is kept for the replay)", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, body: s.SaveCodeBody, validationStatus,
    responses: { 200: s.CodeSaved }, errors: [403, 404, 409, 413],
  }),
  interviewRun: defineEndpoint({
    method: "POST", path: "/api/interviews/{interview_id}/run", summary: "Run the code against the task's visible tests in the sandbox", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, body: s.RunBody, validationStatus,
    responses: { 200: s.RunResult }, errors: [400, 403, 404, 409, 413, 503, 504],
  }),
  interviewChat: defineEndpoint({
    method: "POST", path: "/api/interviews/{interview_id}/chat", summary: "Ask the AI interviewer (it gives hints, never the solution)", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, body: s.ChatBody, validationStatus,
    responses: { 200: s.ChatReply }, errors: [403, 404, 409, 502],
  }),
  interviewChatHistory: defineEndpoint({
    method: "GET", path: "/api/interviews/{interview_id}/chat", summary: "The chat with the interviewer, oldest first", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, validationStatus, responses: { 200: s.ChatHistory }, errors: [404],
  }),
  interviewAntiCheat: defineEndpoint({
    method: "POST", path: "/api/interviews/{interview_id}/anti-cheat", summary: "Record an anti-cheat event the candidate's page saw", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, body: s.AntiCheatBody, validationStatus,
    responses: { 200: s.AntiCheatRecorded }, errors: [400, 403, 404, 409, 429],
  }),
  interviewFinish: defineEndpoint({
    method: "POST", path: "/api/interviews/{interview_id}/finish",
    summary: "Finish: run the hidden and performance tests and build the report (again: the same report)", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, validationStatus,
    responses: { 200: s.InterviewReport }, errors: [403, 404, 409, 503, 504],
  }),
  interviewReport: defineEndpoint({
    method: "GET", path: "/api/interviews/{interview_id}/report", summary: "The finished interview's report (404 INTERVIEW_NOT_FINISHED before)", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, validationStatus, responses: { 200: s.InterviewReport }, errors: [404],
  }),
  interviewTimeline: defineEndpoint({
    method: "GET", path: "/api/interviews/{interview_id}/timeline",
    summary: "Every edit, run, anti-cheat event and message with its time (the report's replay)", tags,
    auth: "optional", params: s.InterviewIdParams, query: TokenQuery, validationStatus, responses: { 200: s.Timeline }, errors: [404],
  }),
};
