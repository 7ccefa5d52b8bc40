import { errors } from "@/lib/http/errors";
import { handle } from "@/lib/http/handle";
import { getJob } from "@/lib/queue";
import { queueEndpoints } from "@/lib/queue/endpoints";

export const GET = handle(queueEndpoints.getOwnJob, async ({ actor, params }) => {
  const job = await getJob({ actor, jobId: params.job_id });
  if (!job) throw errors.notFound("Job", "JOB_NOT_FOUND");
  return job;
});
