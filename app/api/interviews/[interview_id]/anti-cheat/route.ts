import { handle } from "@/lib/http/handle";
import { recordAntiCheatEvent, inviteTokenOf } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const POST = handle(interviewEndpoints.interviewAntiCheat, async ({ actor, params, query, headers, body }) =>
  recordAntiCheatEvent({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id, type: body.event_type, metadata: body.metadata }),
);
