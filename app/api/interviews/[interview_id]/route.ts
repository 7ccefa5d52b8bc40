import { handle } from "@/lib/http/handle";
import { getInterview, inviteTokenOf } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const GET = handle(interviewEndpoints.interviewGet, async ({ actor, params, query, headers }) =>
  getInterview({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id }),
);
