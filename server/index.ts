import { randomUUID } from "node:crypto";
import http from "node:http";
import next from "next";
import { authSecret, config, trustProxy } from "@/lib/config";
import { closeDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { DEMO_PASSWORD, demoAccountLines, seedDemoData } from "@/lib/demo";
import { ApiError, envelope } from "@/lib/http/errors";
import { CLIENT_IP_HEADER } from "@/lib/http/headers";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { closeInfrastructure, initInfrastructure } from "@/lib/infra";
import { logger } from "@/lib/log";
import { startWorkers } from "@/lib/queue";
import { attachRealtime } from "@/lib/realtime/server";
import { announceSandbox } from "@/lib/sandbox";
import { applyApiHeaders, isApiPath } from "./api-headers";
import { createApiFastPath, sendReply } from "./api-fast-path";
import { answerClientError, rawJsonResponse } from "./client-error";
import { envelopeEmpty405, refuseUnservedMethod } from "./method-not-allowed";

const dev = process.argv.includes("--dev");
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;
const KEEP_ALIVE_MS = 65_000;

// Headers only a proxy we trust may set; from anyone else they are the client's own claims
// (Next and Auth.js would build URLs from a forged X-Forwarded-Host).
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

function clientIp(req: http.IncomingMessage): string {
  const forwarded = trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim() : "";
  return forwarded || req.socket.remoteAddress || "unknown";
}

/** The fast path's route table, compiled into dist/server.mjs; run any other way, everything goes through Next. */
async function loadApiFastPath() {
  try {
    return createApiFastPath((await import("virtual:api-routes")).routes);
  } catch (err) {
    logger.warn({ err }, "no compiled API route table (run dist/server.mjs for the fast path); all requests go through Next");
    return null;
  }
}

async function main() {
  authSecret();
  const applied = await migrateDatabase();
  if (applied.length) logger.info({ applied }, "migrations applied");
  if (config.demoMode) await seedDemoData();
  await initInfrastructure();

  const app = next({ dev, hostname: "localhost", port: config.port });
  const handleNext = app.getRequestHandler();
  await app.prepare();
  // Jobs run here unless a separate `npm run worker` does them (QUEUE_WORKERS=off). Started
  // after Next is prepared: preparing blocks the event loop longer than a job's lease lasts.
  const workers = config.queue.workers ? await startWorkers() : undefined;
  // API handlers called without Next's routing in front (see api-fast-path.ts). The table exists
  // only in the compiled server (dist/server.mjs); dev mode and API_FAST_PATH=off use Next.
  const fastPath = dev || !config.server.apiFastPath ? null : await loadApiFastPath();

  let inFlight = 0;
  const server = http.createServer((req, res) => {
    const started = performance.now();
    const incoming = req.headers["x-request-id"];
    const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers["x-request-id"] = requestId;
    // Set by us alone: route handlers read the client's address from here.
    req.headers[CLIENT_IP_HEADER] = clientIp(req);
    if (!trustProxy) for (const name of FORWARDED_HEADERS) delete req.headers[name];
    res.setHeader("x-request-id", requestId);
    // Every answer carries these, whoever makes it: API, pages, Next's 404s and static files.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    inFlight += 1;
    res.on("close", () => {
      inFlight -= 1;
      if (req.url?.startsWith("/_next/")) return;
      logger.info(
        { requestId, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(performance.now() - started) },
        "request",
      );
    });
    const fail = (err: unknown) => {
      logger.error({ err, requestId }, "request handler failed");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify(envelope(new ApiError("INTERNAL_ERROR", "Internal server error", undefined, 500), requestId)));
    };
    if (refuseUnservedMethod(req, res)) return;
    if (isApiPath(req.url ?? "")) {
      if (applyApiHeaders(req, res)) return;
      const callHandler = fastPath?.(req);
      if (callHandler) {
        callHandler().then((reply) => sendReply(reply, res)).catch(fail);
        return;
      }
      envelopeEmpty405(res);
    }
    handleNext(req, res).catch(fail);
  });
  // Node closes an idle keep-alive socket after 5 s. A client that reuses a pooled socket just as
  // the server closes it gets ECONNRESET (Playwright's request context did, on a slow machine), and
  // a load balancer with the usual 60 s idle timeout does the same. Outlive both.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  // Requests node's parser refuses, and CONNECT (a proxy's method), get the error envelope too.
  server.on("clientError", answerClientError);
  server.on("connect", (_req, socket) =>
    rawJsonResponse(socket, new ApiError("METHOD_NOT_ALLOWED", "This method is not allowed on this resource"), { Allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" }),
  );
  const io = attachRealtime(server);

  // Next's process handlers would log an unhandled listen error and keep a process serving nothing.
  server.once("error", (err: NodeJS.ErrnoException) => {
    logger.fatal({ err }, err.code === "EADDRINUSE" ? `port ${config.port} is already in use; set PORT to another port` : "server failed to listen");
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    logger.info({ port, dev, database: config.databaseUrl ? "postgresql" : "pglite" }, "offerpath ready");
    console.log(`\nOfferpath is running at http://localhost:${port}`);
    if (config.demoMode) {
      console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const line of demoAccountLines()) console.log(line);
    }
    // Coding interviews need bubblewrap and python3: say so once, at start, when they are missing.
    void announceSandbox();
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight }, "shutting down");
    const deadline = Date.now() + 10_000;
    server.close();
    server.closeIdleConnections();
    await io.close().catch(() => undefined);
    // Let requests already running finish (up to 10 s), then close the database.
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    server.closeAllConnections();
    await workers?.stop().catch((err) => logger.error({ err }, "stopping job workers failed"));
    await closeDb().catch((err) => logger.error({ err }, "closing the database failed"));
    await closeInfrastructure().catch((err) => logger.error({ err }, "closing Redis connections failed"));
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  logger.fatal({ err }, "failed to start");
  process.exit(1);
});
