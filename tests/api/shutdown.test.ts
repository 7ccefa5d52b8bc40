import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, freshDataDir, startServer, uniqueIp, type TestServer } from "../support/server";
import { api, registerV1 } from "./helpers/accounts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server's sandbox launcher: its child process running dist/box-launcher.mjs. */
function launcherOf(serverPid: number): number | undefined {
  const children = readFileSync(`/proc/${serverPid}/task/${serverPid}/children`, "utf8").trim().split(" ").filter(Boolean).map(Number);
  return children.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("box-launcher.mjs");
    } catch {
      return false;
    }
  });
}

function alive(pid: number): boolean {
  try {
    // A zombie still answers signal 0; its state says it is gone.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe.each(databaseKinds())("graceful shutdown on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // Its own: this test stops it.
    server = await startServer({ kind, own: true });
  });
  afterAll(async () => {
    await server?.stop("SIGKILL");
  });

  let launcher: number | undefined;
  it("starts coding interviews' boxes from its small launcher process, and replaces a killed one at the next run", async () => {
    const call = api(server.url);
    const created = await call("POST", "/api/interviews", { json: { language: "python", level: "junior" } });
    expect(created.status).toBe(201);
    const run = () => call("POST", `/api/interviews/${created.body.interview_id}/run`, { json: { code: created.body.task.initial_code } });
    const first = await run();
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.execution.status).toBe("success");
    const before = launcherOf(server.proc.pid!);
    expect(before).toBeDefined();

    process.kill(before!, "SIGKILL");
    // Gone from /proc once the server has reaped it, which is when it learns the launcher died.
    for (let i = 0; i < 100 && existsSync(`/proc/${before}`); i++) await sleep(50);
    const second = await run();
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.execution.status).toBe("success");
    launcher = launcherOf(server.proc.pid!);
    expect(launcher).toBeDefined();
    expect(launcher).not.toBe(before);
  });

  it("SIGTERM while a request is in flight: the request completes, then the process exits 0", async () => {
    const acc = await registerV1(api(server.url));
    const exited = new Promise<number | null>((resolve) => server.proc.once("exit", (code) => resolve(code)));
    const body = Buffer.from(JSON.stringify({ email: acc.email, password: acc.password }));

    // A slow client: half the body now, the rest after the server was told to stop.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${server.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(body.length), "x-forwarded-for": uniqueIp() },
      });
      req.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      req.write(body.subarray(0, 10));
      setTimeout(() => {
        server.proc.kill("SIGTERM");
        setTimeout(() => req.end(body.subarray(10)), 700);
      }, 300);
    });

    const res = await response;
    expect(res.status, res.text).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ tokenType: "Bearer", user: { email: acc.email } });
    expect(await exited).toBe(0);

    // And it really stopped listening.
    await sleep(100);
    await expect(fetch(`${server.url}/api/v1/monitoring/health`)).rejects.toThrow();
    // Its sandbox launcher went with it.
    expect(launcher && alive(launcher)).toBe(false);
  });
});

describe("a port already in use", () => {
  it("ends the process with exit code 1 and says which port, instead of running without listening", async () => {
    const busy = http.createServer();
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const dataDir = freshDataDir("offerpath-port-");
      const { DATABASE_URL: _unused, ...env } = process.env;
      const proc = spawn(process.execPath, ["dist/server.mjs"], {
        env: { ...env, NODE_ENV: "production", PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      proc.stdout!.on("data", (d) => (output += d));
      proc.stderr!.on("data", (d) => (output += d));
      const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
      rmSync(dataDir, { recursive: true, force: true });
      expect(code).toBe(1);
      expect(output).toContain(`port ${port} is already in use`);
    } finally {
      busy.close();
    }
  }, 180_000);
});
