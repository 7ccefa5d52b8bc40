import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, databaseKinds, startServer, type TestServer } from "../support/server";

describe.each(databaseKinds())("health on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ kind });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("reports the service and its database as healthy", async () => {
    const res = await client(server.url)("GET", "/api/v1/monitoring/health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "healthy",
      cache_service: "healthy",
      database: { status: "healthy", driver: kind === "postgres" ? "postgresql" : "pglite" },
      cache: { status: "healthy", backend: "memory" },
      rate_limit: { status: "healthy", backend: "memory" },
      realtime: { status: "healthy", mode: "in-process" },
      queue: { status: "healthy", backend: "in-process", workers_in_this_process: true },
      storage: { status: "healthy", backend: "local" },
    });
    expect(Date.parse(res.body.timestamp)).not.toBeNaN();
  });
});
