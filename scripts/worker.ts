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

async function main() {
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
