import { handle } from "@/lib/http/handle";
import { listTasks } from "@/lib/interviews";
import { interviewEndpoints } from "@/lib/interviews/endpoints";

export const GET = handle(interviewEndpoints.interviewTasks, async ({ query }) => listTasks(query));
