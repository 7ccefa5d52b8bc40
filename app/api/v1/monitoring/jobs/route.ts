import { handle } from "@/lib/http/handle";
import { queueHealth } from "@/lib/queue";
import { queueEndpoints } from "@/lib/queue/endpoints";

export const GET = handle(queueEndpoints.queueHealth, async () => queueHealth());
