// Coding interviews (seed 001): a company's or a candidate's live coding room with sandboxed
// tests, an AI interviewer, anti-cheat events and a report. Every function takes the caller
// (actor and invite token) and answers INTERVIEW_NOT_FOUND to anyone the interview is not for.
export { type Caller } from "./access";
export { inviteTokenOf } from "./invite-token";
export { createInterview, fromAcceptLanguage } from "./create-interview";
export { getInterview, listInterviews, listTasks, interviewTimeline } from "./read-interviews";
export { saveCode } from "./save-code";
export { runInterviewCode } from "./run-tests";
export { sendChatMessage, chatHistory } from "./chat";
export { recordAntiCheatEvent, MAX_EVENTS_PER_INTERVIEW } from "./anti-cheat";
export { finishInterview, interviewReport } from "./finish-interview";
export { interviewLiveNamespace } from "./live";
