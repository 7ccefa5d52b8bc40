/**
 * Runs background job workers apart from the web process: `npm run worker`.
 * With REDIS_URL they take jobs from BullMQ; without it they poll the jobs table, which needs
 * PostgreSQL (DATABASE_URL): the embedded PGlite database opens in one process only.
 * Web processes started with QUEUE_WORKERS=off then only enqueue.
 */
import { closeDb } from "@/lib/db";
import { config } from "@/lib/config";
import { migrateDatabase } from "@/lib/db/migrate";
import { logger } from "@/lib/log";
import { startWorkers } from "@/lib/queue";
import { closeRedis } from "@/lib/redis";
import { startSandboxRunner } from "@/lib/sandbox";

async function main() {
  // A code runner machine (SANDBOX_REMOTE with REDIS_URL) needs no database: it only runs boxes.
  const sandbox = startSandboxRunner();
  if (sandbox && !config.databaseUrl) {
    console.log("Offerpath code runner running (sandbox runs only: no DATABASE_URL)");
    const stop = async () => {
      await sandbox.stop().catch(() => undefined);
      await closeRedis().catch(() => undefined);
      process.exit(0);
    };
    process.on("SIGTERM", () => void stop());
    process.on("SIGINT", () => void stop());
    return;
  }
  if (!config.databaseUrl) {
    logger.fatal("a separate worker needs DATABASE_URL: the embedded database runs jobs inside the web process");
    process.exit(1);
  }
  await migrateDatabase();
  const workers = await startWorkers();
  console.log(`Offerpath worker ${workers.workerId} running (${workers.backend})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping");
    await workers.stop().catch((err) => logger.error({ err }, "stopping workers failed"));
    await sandbox?.stop().catch(() => undefined);
    await closeRedis().catch(() => undefined);
    await closeDb().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  logger.fatal({ err }, "worker failed to start");
  process.exit(1);
});
