import { handle } from "@/lib/http/handle";
import { saveCode, inviteTokenOf } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const PUT = handle(interviewEndpoints.interviewSaveCode, async ({ actor, params, query, headers, body }) =>
  saveCode({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id, code: body.code }),
);
