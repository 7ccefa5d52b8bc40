import { handle } from "@/lib/http/handle";
import { interviewReport, inviteTokenOf } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const GET = handle(interviewEndpoints.interviewReport, async ({ actor, params, query, headers }) =>
  interviewReport({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id }),
);
