import { handle } from "@/lib/http/handle";
import { createInterview, listInterviews } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";
import { createdView } from "@/lib/interviews/views";

export const POST = handle(interviewEndpoints.interviewCreate, async ({ actor, body, client, headers }) =>
  createdView(await createInterview({ actor, input: body, client, acceptLanguage: headers.get("accept-language") })),
);

export const GET = handle(interviewEndpoints.interviewList, async ({ actor, query }) => listInterviews({ actor, query }));
