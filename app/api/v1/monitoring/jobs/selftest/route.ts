import { handle } from "@/lib/http/handle";
import { enqueue, sleepStepsJob } from "@/lib/queue";
import { queueEndpoints } from "@/lib/queue/endpoints";

export const POST = handle(queueEndpoints.jobSelftest, async ({ actor, body }) => {
  const jobId = await enqueue(sleepStepsJob, body, { owner: { userId: actor.id } });
  return { job_id: jobId, status: "queued" };
});
