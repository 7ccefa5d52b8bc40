import { handle } from "@/lib/http/handle";
import { finishInterview, inviteTokenOf } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const POST = handle(interviewEndpoints.interviewFinish, async ({ actor, params, query, headers }) =>
  finishInterview({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id }),
);
