import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { client, uniqueIp } from "../../support/server";

export type Call = ReturnType<typeof client>;
export type Res = Awaited<ReturnType<Call>>;

/** A client with its own fake address, so one test's requests never count against another's limit. */
export function api(url: string): Call {
  return client(url, { ip: uniqueIp() });
}

/** Credentials nobody else in the run uses. */
export function newCredentials(prefix = "u") {
  const id = randomUUID().slice(0, 8);
  return {
    username: `${prefix}_${id}`,
    email: `${prefix}.${id}@example.test`,
    password: `Str0ng-pass-${id}`,
  };
}

/** Registers through seed 000's endpoint and returns its tokens and the credentials used. */
export async function registerV1(call: Call, extra: Record<string, unknown> = {}) {
  const creds = newCredentials();
  const res = await call("POST", "/api/v1/auth/register", { json: { ...creds, firstName: "Ada", lastName: "Lovelace", ...extra } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...creds, token: res.body.token as string, refreshToken: res.body.refreshToken as string, user: res.body.user };
}

/** Registers a company through seed 003 and logs it in. */
export async function registerCompany(call: Call, name = "Acme Hiring") {
  const creds = newCredentials("co");
  const reg = await call("POST", "/api/register/company", {
    json: { email: creds.email, password: creds.password, name, city: "Kazan", website: "https://acme.example" },
  });
  expect(reg.status, JSON.stringify(reg.body)).toBe(201);
  const login = await call("POST", "/api/login", { json: { email: creds.email, password: creds.password } });
  expect(login.status).toBe(200);
  return { ...creds, token: login.body.token as string, companyId: reg.body.company_id as string };
}

// Shapes of a leaked stack: "at fn (/path/file.js:10:5)", "node:internal", webpack/turbopack chunk paths.
const STACK_PATTERNS = [/\n\s+at\s/, /\bat\s+\S+\s+\(.*:\d+:\d+\)/, /node:internal/, /\.next[-\w]*\/server\//, /\/work\//];

export function expectNoStackTrace(res: Res) {
  const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body ?? "");
  for (const p of STACK_PATTERNS) expect(text, `body leaks internals (${p})`).not.toMatch(p);
}

/** The one error envelope every API error travels in: {error: {code, message, details}, detail}. */
export function expectError(res: Res, status: number, code?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get("content-type") ?? "").toContain("application/json");
  expect(res.body).toMatchObject({
    error: { code: expect.any(String), message: expect.any(String) },
    detail: expect.any(String),
  });
  expect(res.body.detail).toBe(res.body.error.message);
  if (res.body.error.details !== undefined) expect(typeof res.body.error.details).toBe("object");
  if (code) expect(res.body.error.code).toBe(code);
  expectNoStackTrace(res);
}

/** A JWT's payload, decoded without verifying (tests use it to forge variants). */
export function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
}

export const b64url = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");

/**
 * Signs in through Auth.js's credentials endpoint, as the browser's sign-in form does (the same
 * POST the form makes). Returns where it redirects and whether a session cookie was set.
 */
export async function browserSignIn(url: string, ip: string, email: string, password: string) {
  const csrf = await fetch(`${url}/api/authjs/csrf`, { headers: { "x-forwarded-for": ip } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${url}/api/authjs/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": ip },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/dashboard" }).toString(),
  });
  return {
    status: res.status,
    location: res.headers.get("location") ?? "",
    signedIn: res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token=")),
  };
}
