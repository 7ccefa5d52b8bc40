import { config } from "@/lib/config";
import { startBullmqWorkers } from "./bullmq";
import { startPollingWorkers } from "./in-process";
import { expireAllLeases } from "./store";

export interface RunningWorkers {
  backend: "in-process" | "bullmq";
  workerId: string;
  /** Stops taking jobs; running ones get `graceMs` to finish before they are handed back. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts this process's job workers: BullMQ ones when REDIS_URL is set, else workers polling
 * the jobs table. Call after migrations.
 */
export async function startWorkers(): Promise<RunningWorkers> {
  // Loaded here, not at import: job modules import lib/queue themselves.
  await import("./job-modules");
  // PGlite admits one process, so a job it shows running was left by a process that is gone:
  // resume it now rather than after its lease runs out.
  if (!config.databaseUrl) await expireAllLeases();
  const { leaseMs, pollMs } = config.queue;
  return config.redisUrl ? startBullmqWorkers({ leaseMs }) : startPollingWorkers({ leaseMs, pollMs });
}
