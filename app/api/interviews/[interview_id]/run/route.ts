import { handle } from "@/lib/http/handle";
import { runInterviewCode, inviteTokenOf } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const POST = handle(interviewEndpoints.interviewRun, async ({ actor, params, query, headers, body }) =>
  runInterviewCode({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id, code: body.code }),
);
