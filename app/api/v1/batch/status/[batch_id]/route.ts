import { handle } from "@/lib/http/handle";
import { getBatch } from "@/lib/resumes/batch";
import { batchEndpoints } from "@/lib/resumes/batch/endpoints";

export const GET = handle(batchEndpoints.batchStatus, async ({ actor, params }) => getBatch({ actor, batchId: params.batch_id }));
