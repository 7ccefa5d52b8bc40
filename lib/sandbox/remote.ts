import type { Job, Queue, QueueEvents } from "bullmq";
import { config } from "@/lib/config";
import { ApiError } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { bullmq } from "@/lib/packages";
import { createRedisConnection, redis, redisKey, type Redis } from "@/lib/redis";
import type { SandboxRequest, SandboxResult } from "./types";

/*
 * Scale-out: with SANDBOX_REMOTE the web process puts each run on a BullMQ queue and awaits its
 * result; `npm run worker` processes (on this or other machines, same REDIS_URL and REDIS_PREFIX)
 * run the boxes. A run nobody answers in SANDBOX_REMOTE_TIMEOUT_MS is a 504.
 */

const QUEUE = "sandbox-run";
const prefix = () => `${config.redisPrefix}:sandbox`;

interface RemoteJob {
  request: SandboxRequest;
  /** Epoch ms after which the web process has stopped waiting: a runner skips the job. */
  deadline: number;
}

interface ProducerState {
  queue?: Queue;
  events?: QueueEvents;
  ready?: Promise<unknown>;
}
const producer: ProducerState = ((globalThis as unknown as { offerpathSandboxRemote?: ProducerState }).offerpathSandboxRemote ??= {});

function producerQueue(): { queue: Queue; events: QueueEvents; ready: Promise<unknown> } {
  if (!producer.queue) {
    producer.queue = new (bullmq().Queue)(QUEUE, { connection: createRedisConnection("sandbox-producer"), prefix: prefix() });
    producer.queue.on("error", (err: Error) => logger.warn({ err }, "sandbox queue connection error"));
    // QueueEvents blocks on a stream read: it needs a connection of its own that never gives up.
    producer.events = new (bullmq().QueueEvents)(QUEUE, { connection: createRedisConnection("sandbox-events", { maxRetriesPerRequest: null }), prefix: prefix() });
    producer.events.on("error", (err: Error) => logger.warn({ err }, "sandbox queue events error"));
    producer.ready = producer.events.waitUntilReady();
  }
  return { queue: producer.queue, events: producer.events!, ready: producer.ready! };
}

/** Whether any runner is connected to the queue (Redis's CLIENT LIST; assumed yes where that is refused). */
export async function remoteRunners(): Promise<number | null> {
  try {
    return await producerQueue().queue.getWorkersCount();
  } catch {
    return null;
  }
}

/** Runs a request on a remote runner and waits for its result. */
export async function runRemote(request: SandboxRequest): Promise<SandboxResult> {
  const timeoutMs = config.sandbox.remoteTimeoutMs;
  const { queue, events, ready } = producerQueue();
  await ready;
  const job = await queue.add(QUEUE, { request, deadline: Date.now() + timeoutMs } satisfies RemoteJob, {
    attempts: 1,
    removeOnComplete: { age: 300 },
    removeOnFail: { age: 3600 },
  });
  try {
    return (await job.waitUntilFinished(events, timeoutMs)) as SandboxResult;
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/timed out before finishing/.test(message)) {
      await job.remove().catch(() => undefined); // still waiting: nobody should run it now
      throw new ApiError("EXECUTION_TIMEOUT", "No code runner answered in time", undefined, 504);
    }
    throw new ApiError("RUNNER_ERROR", message, undefined, 503);
  }
}

/** Serves remote runs in a worker process (`npm run worker`), `concurrency` boxes at once. */
export function startRemoteRunner(run: (request: SandboxRequest) => Promise<SandboxResult>, concurrency: number): { stop: () => Promise<void> } {
  const worker = new (bullmq().Worker)(
    QUEUE,
    async (job: Job<RemoteJob>) => {
      if (Date.now() > job.data.deadline) throw new Error("the run expired before a runner took it");
      return run(job.data.request);
    },
    { connection: createRedisConnection("sandbox-runner", { maxRetriesPerRequest: null }), prefix: prefix(), concurrency },
  );
  worker.on("error", (err) => logger.warn({ err }, "sandbox runner connection error"));
  logger.info({ concurrency }, "sandbox runner started");
  return {
    async stop() {
      await worker.close();
      await worker.disconnect().catch(() => undefined);
    },
  };
}

export async function closeRemote(): Promise<void> {
  await producer.events?.close().catch(() => undefined);
  await producer.queue?.close().catch(() => undefined);
  producer.queue = producer.events = producer.ready = undefined;
}

/**
 * One run per interview across every web process: a Redis key held while the run is in flight,
 * expiring by itself should the process die.
 */
export async function lockRemote(key: string, ttlMs: number): Promise<(() => Promise<void>) | null> {
  const client: Redis = redis();
  const name = redisKey("sandbox", "run", key);
  const token = `${process.pid}.${Date.now()}.${Math.random()}`;
  if ((await client.set(name, token, "PX", ttlMs, "NX")) !== "OK") return null;
  return async () => {
    // Only our own lock: it may have expired and been taken by another run meanwhile.
    await client
      .eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0", 1, name, token)
      .catch(() => undefined);
  };
}
