import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteThread } from "./pglite-thread";

// The embedded database in its thread, driven the way the app drives it: a `pg` pool of
// several connections sharing PGlite's one session.
const dir = mkdtempSync(path.join(os.tmpdir(), "offerpath-thread-"));
let thread: PgliteThread;
let pool: pg.Pool;

function open(dataDir: string, onFailure?: (err: Error) => void) {
  const t = new PgliteThread(dataDir, onFailure);
  const p = new pg.Pool({ ...t.clientConfig(), max: 5 });
  return { t, p };
}

beforeAll(async () => {
  ({ t: thread, p: pool } = open(path.join(dir, "db")));
  await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)");
  await pool.query("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL, meta jsonb, at timestamptz DEFAULT now())");
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await thread?.close();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("PGlite in its own thread, through pg", () => {
  it("answers parameterised queries with PostgreSQL's types", async () => {
    const { rows } = await pool.query("INSERT INTO notes (body, meta) VALUES ($1, $2) RETURNING *", ["привет", { a: [1, 2] }]);
    expect(rows[0]).toMatchObject({ body: "привет", meta: { a: [1, 2] } });
    expect(rows[0].at).toBeInstanceOf(Date);
  });

  it("keeps each of many concurrent queries' answer with its own caller", async () => {
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => pool.query("SELECT $1::int * 2 AS twice, $2::text AS tag", [i, `t${i}`])));
    answers.forEach(({ rows }, i) => expect(rows[0]).toEqual({ twice: i * 2, tag: `t${i}` }));
  });

  it("gives each connection its own named prepared statements in the shared session", async () => {
    const a = await pool.connect();
    const b = await pool.connect();
    try {
      // One name, two texts: in one PostgreSQL session the second Parse would fail (42P05).
      const one = { name: "same_name", text: "SELECT $1::int + 1 AS v" };
      const two = { name: "same_name", text: "SELECT $1::int * 10 AS v" };
      for (let i = 0; i < 3; i++) {
        expect((await a.query({ ...one, values: [i] })).rows).toEqual([{ v: i + 1 }]);
        expect((await b.query({ ...two, values: [i] })).rows).toEqual([{ v: i * 10 }]);
      }
      const names = async () =>
        (await a.query("SELECT name FROM pg_prepared_statements WHERE name LIKE '%same_name'")).rows.map((r) => r.name as string);
      expect(await names()).toHaveLength(2);
      b.release(true); // closed, not returned to the pool: its statement leaves the session
      await expect.poll(names).toHaveLength(1);
    } finally {
      a.release();
    }
  });

  it("reports an error with its SQLSTATE and the connection goes on working", async () => {
    const client = await pool.connect();
    try {
      await expect(client.query("SELECT * FROM no_such_table")).rejects.toMatchObject({ code: "42P01" });
      await expect(client.query("INSERT INTO counter VALUES (1, 0)")).rejects.toMatchObject({ code: "23505" });
      expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      client.release();
    }
  });

  it("lends the session to one transaction at a time: others wait, and never see uncommitted rows", async () => {
    const a = await pool.connect();
    try {
      await a.query("BEGIN");
      await a.query("INSERT INTO notes (body) VALUES ('uncommitted')");
      let seen: number | undefined;
      const other = pool.query("SELECT count(*)::int AS n FROM notes WHERE body = 'uncommitted'").then((r) => (seen = r.rows[0].n));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).toBeUndefined(); // still waiting for the transaction
      await a.query("ROLLBACK");
      await other;
      expect(seen).toBe(0);
    } finally {
      a.release();
    }
  });

  it("loses no update when transactions race", async () => {
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const c = await pool.connect();
        try {
          await c.query("BEGIN");
          const { rows } = await c.query("SELECT n FROM counter WHERE id = 1");
          await c.query("UPDATE counter SET n = $1 WHERE id = 1", [rows[0].n + 1]);
          await c.query("COMMIT");
        } finally {
          c.release();
        }
      }),
    );
    expect((await pool.query("SELECT n FROM counter WHERE id = 1")).rows[0].n).toBe(20);
  });

  it("rolls back the transaction of a connection that goes away, and serves the rest", async () => {
    const c = await pool.connect();
    await c.query("BEGIN");
    await c.query("INSERT INTO notes (body) VALUES ('abandoned')");
    const waiting = pool.query("SELECT count(*)::int AS n FROM notes WHERE body = 'abandoned'");
    c.release(new Error("connection dropped")); // the pool destroys it
    expect((await waiting).rows[0].n).toBe(0);
  });

  it("keeps committed data when closed and opened again", async () => {
    const again = path.join(dir, "again");
    const failures: Error[] = [];
    const first = open(again, (err) => failures.push(err));
    await first.p.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    await first.p.end();
    await first.t.close();
    expect(failures).toEqual([]); // a close is not a failure
    const second = open(again);
    try {
      expect((await second.p.query("SELECT v FROM kept")).rows).toEqual([{ v: "still here" }]);
    } finally {
      await second.p.end();
      await second.t.close();
    }
  }, 120_000);

  it("fails queries with a clear error, not a hang, when the database thread dies", async () => {
    const failures: Error[] = [];
    const broken = open(path.join(dir, "broken"), (err) => failures.push(err));
    broken.p.on("error", () => {}); // its idle connections break with the thread
    await broken.p.query("SELECT 1");
    // As if PGlite aborted (a WASM trap, or exit() on a FATAL): the thread is gone.
    await (broken.t as unknown as { worker: Worker }).worker.terminate();
    await expect(broken.p.query("SELECT 1")).rejects.toThrow(/embedded database/);
    expect(failures).toHaveLength(1); // told once, so the app can log it
    await broken.p.end().catch(() => {});
    await broken.t.close();
  }, 120_000);
});
