import { config } from "@/lib/config";
import { handle } from "@/lib/http/handle";
import { createBatch, getBatch, waitForBatch } from "@/lib/resumes/batch";
import { batchEndpoints } from "@/lib/resumes/batch/endpoints";

export const POST = handle(batchEndpoints.batchUpload, async ({ actor, body, query }) => {
  const batchId = await createBatch({ actor, form: body });
  const wait = query.wait !== false && query.async !== true;
  if (wait) await waitForBatch(batchId, config.batch.waitSeconds);
  return getBatch({ actor, batchId });
});
