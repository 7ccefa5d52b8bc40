import { describe, expect, it } from "vitest";
import { client, uniqueIp } from "../support/server";
import { twoProcessCluster } from "./cluster-support";

const cluster = await twoProcessCluster("cluster");

describe.skipIf(!cluster.available)("two app processes sharing PostgreSQL and Redis", () => {
  it("hold one limit of 100 requests a minute per client between them", async () => {
    const { a, b } = cluster.servers;
    const ip = uniqueIp();
    const send = (url: string) => Array.from({ length: 60 }, () => client(url, { ip })("GET", "/api/v1/monitoring/health"));
    const results = await Promise.all([...send(a!.url), ...send(b!.url)]);
    const statuses = results.map((r) => r.status);
    // Counted per process, each would let all 60 through.
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    const refused = results.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.error.code).toBe("RATE_LIMITED");

    // Another client is not affected.
    const other = await client(b!.url, { ip: uniqueIp() })("GET", "/api/v1/monitoring/health");
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ rate_limit: { backend: "redis" }, cache: { backend: "redis" }, realtime: { mode: "redis" } });
  });
});
