import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { freshPostgresDatabase, startServer, type DatabaseKind, type TestServer } from "../support/server";
import { api, type Call } from "./helpers/accounts";
import { createAdmin, login } from "./helpers/jobs";

/** A server with an admin account (made before it starts: PGlite opens in one process only). */
export async function startWithAdmin(kind: DatabaseKind, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "offerpath-mail-"));
  const database = kind === "postgres" ? await freshPostgresDatabase(process.env.TEST_DATABASE_URL!) : undefined;
  const admin = await createAdmin({ dataDir, databaseUrl: database?.url });
  const server: TestServer = await startServer({ kind, dataDir, databaseUrl: database?.url, env });
  const adminToken = await login(api(server.url), admin);
  return {
    server,
    adminToken,
    stop: async () => {
      await server.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  created_at: string;
}

/** The outbox messages to `to`, newest first, read as an admin through the API. */
export async function outboxFor(call: Call, adminToken: string, to: string): Promise<OutboxMessage[]> {
  const res = await call("GET", `/api/admin/outbox?to=${encodeURIComponent(to)}&page_size=100`, { token: adminToken });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

/**
 * Waits for the `count`-th message to `to` whose subject matches (mail goes out after the
 * request has been answered) and returns the newest.
 */
export async function waitForMail(call: Call, adminToken: string, to: string, subject: RegExp, count = 1): Promise<OutboxMessage> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = (await outboxFor(call, adminToken, to)).filter((m) => subject.test(m.subject));
    if (found.length >= count) return found[0];
    if (Date.now() > deadline) throw new Error(`no mail "${subject}" #${count} to ${to} within 10 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The token of the `/reset-password` or `/verify-email` link in a message's text. */
export function linkToken(text: string, page: "reset-password" | "verify-email"): { url: string; token: string } {
  const match = text.match(new RegExp(`(\\S+/${page}\\?token=([A-Za-z0-9_-]+))`));
  if (!match) throw new Error(`no /${page} link in:\n${text}`);
  return { url: match[1], token: match[2] };
}

/** For the hook that calls `startWithAdmin`: an admin script and a server start, each on a fresh database. */
export const START_TIMEOUT_MS = 400_000;
