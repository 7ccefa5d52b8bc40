import type { Queue } from "bullmq";
import { config } from "@/lib/config";
import { logger } from "@/lib/log";
import { bullmq } from "@/lib/packages";
import { createRedisConnection, pingRedis, type Redis } from "@/lib/redis";
import { jobDefinitions } from "./registry";
import { runClaimedJob } from "./run-job";
import { claimById, overdueJobs } from "./store";
import type { RunningWorkers } from "./workers";
import { newWorkerId } from "./worker-id";

/*
 * BullMQ carries job ids, one queue per job type; the jobs table stays the record of state.
 * A delivery claims its row, so a duplicate delivery (a republish, a stalled job BullMQ hands
 * out again) finds nothing to claim and does nothing. Retries are ours, not BullMQ's: a failed
 * run goes back to the table with a run_at, and a delayed delivery is published for it.
 */

const prefix = () => `${config.redisPrefix}:jobs`;

// Shared by the custom server and Next's route handlers, like the Redis connections themselves.
interface BullState {
  producer?: Redis;
  queues: Map<string, Queue>;
}
const state: BullState = ((globalThis as unknown as { offerpathBull?: BullState }).offerpathBull ??= { queues: new Map() });
const queues = state.queues;

function queueFor(name: string): Queue {
  let queue = queues.get(name);
  if (!queue) {
    state.producer ??= createRedisConnection("jobs-producer");
    queue = new (bullmq().Queue)(name, { connection: state.producer, prefix: prefix() });
    queue.on("error", (err: Error) => logger.warn({ err, queue: name }, "job queue connection error"));
    queues.set(name, queue);
  }
  return queue;
}

/** Publishes a delivery for a job row. `tag` makes the BullMQ id unique per intended run. */
export async function publish(name: string, jobId: string, delayMs: number, tag: string): Promise<void> {
  await queueFor(name).add(
    name,
    { jobId },
    { jobId: `${jobId}.${tag}`, delay: Math.max(0, delayMs), attempts: 1, removeOnComplete: true, removeOnFail: 1000 },
  );
}

/** Round trip to the Redis that carries jobs, for health checks. */
export async function pingBullmq(): Promise<boolean> {
  state.producer ??= createRedisConnection("jobs-producer");
  return (await pingRedis(state.producer)).ok;
}

export async function closeQueues(): Promise<void> {
  await Promise.all([...queues.values()].map((q) => q.close().catch(() => undefined)));
  queues.clear();
  await state.producer?.quit().catch(() => state.producer?.disconnect());
  state.producer = undefined;
}

export function startBullmqWorkers(opts: { leaseMs: number }): RunningWorkers {
  const workerId = newWorkerId();
  const stop = new AbortController();
  const defs = jobDefinitions();
  const workers = defs.map((def) => {
    const worker = new (bullmq().Worker)(
      def.name,
      async (delivery) => {
        const job = await claimById(String(delivery.data.jobId), workerId, opts.leaseMs);
        if (!job) return;
        await runClaimedJob(job, {
          leaseMs: opts.leaseMs,
          stopping: stop.signal,
          onRequeued: (j, delay, reason) =>
            publish(j.name, j.id, delay, reason === "retry" ? `r${j.attempts}` : `h${Date.now()}`),
        });
      },
      {
        // Workers block on Redis, so they need a connection of their own that never gives up.
        connection: createRedisConnection(`jobs-worker:${def.name}`, { maxRetriesPerRequest: null }),
        prefix: prefix(),
        concurrency: def.concurrency,
        lockDuration: opts.leaseMs,
      },
    );
    worker.on("error", (err) => logger.warn({ err, queue: def.name }, "job worker connection error"));
    return worker;
  });

  // Deliveries can be lost (Redis restarted without persistence, a publish that failed after the
  // row was written) and a dead worker's job waits for its lease: publish such rows again.
  const sweep = async () => {
    try {
      for (const job of await overdueJobs(defs.map((d) => d.name), opts.leaseMs)) {
        await publish(job.name, job.id, 0, `s${Date.now()}`);
      }
    } catch (err) {
      logger.warn({ err }, "job sweep failed");
    }
  };
  void sweep();
  const sweeper = setInterval(sweep, opts.leaseMs);
  logger.info({ workerId, jobs: defs.map((d) => d.name) }, "BullMQ job workers started");

  return {
    backend: "bullmq",
    workerId,
    async stop(graceMs = 5000) {
      clearInterval(sweeper);
      const closing = Promise.all(workers.map((w) => w.close()));
      // Worker.close waits for running jobs; past the grace period they are aborted and handed back.
      const timer = setTimeout(() => stop.abort(new Error("worker stopping")), graceMs);
      await closing;
      clearTimeout(timer);
      await Promise.all(workers.map((w) => w.disconnect().catch(() => undefined)));
      await closeQueues();
    },
  };
}
