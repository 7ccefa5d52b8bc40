import http from "node:http";
import { jwtVerify } from "jose";
import pg from "pg";
import { PgliteThread } from "../lib/db/pglite-thread";

// The floor for bench/api.ts: a bare node:http server doing the same database work as the app
// for GET /api/auth/me, GET /api/companies and PATCH /api/v1/user/profile, with no framework,
// validation or rate limit.
// Env: PORT, AUTH_SECRET, and DATABASE_URL (PostgreSQL) or PGLITE_DIR (a PGlite folder this
// process alone opens).

type Row = Record<string, unknown>;
type Query = (sql: string, params?: unknown[]) => Promise<Row[]>;

function connect(): Query {
  if (!process.env.DATABASE_URL && !process.env.PGLITE_DIR) throw new Error("set DATABASE_URL or PGLITE_DIR");
  // The app's way to each database, so the two differ only above it: a pool of 10 `pg`
  // connections, to PostgreSQL or to PGlite in its own thread (lib/db/pglite-thread.ts).
  const thread = process.env.DATABASE_URL ? undefined : new PgliteThread(process.env.PGLITE_DIR!);
  const pool = new pg.Pool({
    ...(thread ? thread.clientConfig() : { connectionString: process.env.DATABASE_URL }),
    max: 10,
  });
  // Named prepared statements, as the app's sql() runs them (lib/db/client.ts).
  const names = new Map<string, string>();
  return async (sql, params) => {
    if (!names.has(sql)) names.set(sql, `bare_${names.size + 1}`);
    return (await pool.query({ name: names.get(sql), text: sql, values: params })).rows;
  };
}

const query = connect();
const key = new TextEncoder().encode(process.env.AUTH_SECRET ?? "");
const iso = (d: unknown) => (d instanceof Date ? d : new Date(String(d))).toISOString();

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const unauthorized = (res: http.ServerResponse) =>
  send(res, 401, { error: { code: "UNAUTHORIZED", message: "Authentication required" }, detail: "Authentication required" });

/** The bearer token's user row (one query: the session and its user, as the app's actor lookup does). */
async function authenticate(req: http.IncomingMessage): Promise<Row | null> {
  const [scheme, token] = (req.headers.authorization ?? "").split(" ");
  if (scheme?.toLowerCase() !== "bearer" || !token) return null;
  let sub: string, sid: string;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"], issuer: "offerpath", audience: "offerpath-api" });
    sub = String(payload.sub);
    sid = String(payload.sid);
  } catch {
    return null;
  }
  const [row] = await query(
    `SELECT s.revoked_at, s.expires_at, u.id, u.email, u.first_name, u.last_name, u.role, u.created_at
       FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
    [sid],
  );
  if (!row || row.revoked_at || new Date(row.expires_at as string) <= new Date() || row.id !== sub) return null;
  return row;
}

async function me(req: http.IncomingMessage, res: http.ServerResponse) {
  const row = await authenticate(req);
  if (!row) return unauthorized(res);
  send(res, 200, {
    id: row.id,
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    role: row.role,
    is_guest: row.role === "guest",
    created_at: iso(row.created_at),
  });
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  let text = "";
  req.setEncoding("utf8");
  for await (const chunk of req) text += chunk;
  return text;
}

/** The write: authenticate, parse the JSON body, one UPDATE ... RETURNING. */
async function patchProfile(req: http.IncomingMessage, res: http.ServerResponse) {
  const row = await authenticate(req);
  if (!row) return unauthorized(res);
  const body = JSON.parse(await readBody(req)) as { firstName?: string | null };
  const [u] = await query(
    `UPDATE users SET first_name = $1, updated_at = now() WHERE id = $2
     RETURNING id, username, email, first_name, last_name, role, locale, created_at, updated_at`,
    [body.firstName ?? null, row.id],
  );
  send(res, 200, {
    id: u.id,
    username: u.username,
    email: u.email,
    firstName: u.first_name,
    lastName: u.last_name,
    role: u.role,
    locale: u.locale,
    createdAt: iso(u.created_at),
    updatedAt: iso(u.updated_at),
  });
}

async function companies(url: URL, res: http.ServerResponse) {
  const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get("per_page") ?? 20) || 20));
  // The app's query: the page and the total in one statement, the total alone past the end.
  const items = await query(
    `SELECT id, name, description, website, city, created_at, (SELECT count(*)::int FROM companies) AS total
       FROM companies ORDER BY created_at DESC, id ASC LIMIT $1 OFFSET $2`,
    [perPage, (page - 1) * perPage],
  );
  const total = Number(items.length ? items[0].total : (await query(`SELECT count(*)::int AS total FROM companies`))[0].total);
  send(res, 200, {
    companies: items.map(({ total: _total, ...c }) => ({ ...c, created_at: iso(c.created_at) })),
    page,
    per_page: perPage,
    total,
    pages: Math.ceil(total / perPage),
  });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const route =
    req.method === "GET" && url.pathname === "/api/auth/me"
      ? me(req, res)
      : req.method === "GET" && url.pathname === "/api/companies"
        ? companies(url, res)
        : req.method === "PATCH" && url.pathname === "/api/v1/user/profile"
          ? patchProfile(req, res)
          : req.method === "GET" && url.pathname === "/health"
          ? query("SELECT 1").then(() => send(res, 200, { status: "healthy" }))
          : Promise.resolve(send(res, 404, { error: { code: "NOT_FOUND", message: "Not found" }, detail: "Not found" }));
  route.catch((err) => {
    console.error(err);
    if (!res.headersSent) send(res, 500, { error: { code: "INTERNAL_ERROR", message: "Internal server error" }, detail: "Internal server error" });
  });
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  console.log(`bare server listening on ${typeof address === "object" && address ? address.port : "?"}`);
});
// Nothing to save: the bench throws this database copy away.
process.on("SIGTERM", () => process.exit(0));
