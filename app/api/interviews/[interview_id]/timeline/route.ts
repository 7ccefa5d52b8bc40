import { handle } from "@/lib/http/handle";
import { interviewTimeline, inviteTokenOf } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const GET = handle(interviewEndpoints.interviewTimeline, async ({ actor, params, query, headers }) =>
  interviewTimeline({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id }),
);
