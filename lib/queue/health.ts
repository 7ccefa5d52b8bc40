import { config } from "@/lib/config";
import { pingBullmq } from "./bullmq";
import { countByStatus } from "./store";
import type { JobStatus } from "./types";

export interface QueueHealth {
  backend: "in-process" | "bullmq";
  ok: boolean;
  /** Whether this process runs workers (QUEUE_WORKERS); web processes of a cluster do not. */
  workers_in_this_process: boolean;
  counts: Record<JobStatus, number>;
  error?: string;
}

export async function queueHealth(): Promise<QueueHealth> {
  const backend = config.redisUrl ? "bullmq" : "in-process";
  const base = { backend, workers_in_this_process: config.queue.workers } as const;
  try {
    const [counts, redisOk] = await Promise.all([countByStatus(), backend === "bullmq" ? pingBullmq() : true]);
    return { ...base, ok: redisOk, counts };
  } catch (err) {
    return { ...base, ok: false, counts: { queued: 0, running: 0, completed: 0, failed: 0 }, error: (err as Error).message };
  }
}
