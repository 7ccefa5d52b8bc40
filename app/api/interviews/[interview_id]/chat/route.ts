import { handle } from "@/lib/http/handle";
import { chatHistory, inviteTokenOf, sendChatMessage } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const POST = handle(interviewEndpoints.interviewChat, async ({ actor, params, query, headers, body }) =>
  sendChatMessage({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id, message: body.message }),
);

export const GET = handle(interviewEndpoints.interviewChatHistory, async ({ actor, params, query, headers }) =>
  chatHistory({ caller: { actor, token: inviteTokenOf(headers, query) }, interviewId: params.interview_id }),
);
