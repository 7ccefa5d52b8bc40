import { z } from "zod";
import { SleepStepsPayload } from "./system-jobs";

export const JobStatusSchema = z.enum(["queued", "running", "completed", "failed"]);

export const JobStateResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  status: JobStatusSchema,
  progress: z.number().int().min(0).max(100),
  attempts: z.number().int(),
  max_attempts: z.number().int(),
  result: z.unknown(),
  error: z.string().nullable(),
  run_at: z.iso.datetime(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});

export const JobIdParams = z.object({ job_id: z.uuid() });

export const SelftestBody = SleepStepsPayload.partial();

export const SelftestResponse = z.object({ job_id: z.uuid(), status: JobStatusSchema });

export const QueueHealthResponse = z.object({
  backend: z.enum(["in-process", "bullmq"]),
  ok: z.boolean(),
  workers_in_this_process: z.boolean(),
  counts: z.record(JobStatusSchema, z.number().int()),
});
