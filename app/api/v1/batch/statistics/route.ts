import { handle } from "@/lib/http/handle";
import { batchStatistics } from "@/lib/resumes/batch";
import { batchEndpoints } from "@/lib/resumes/batch/endpoints";

export const GET = handle(batchEndpoints.batchStatistics, async ({ actor }) => batchStatistics({ actor }));
