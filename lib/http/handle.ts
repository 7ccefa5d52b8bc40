import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { actorFromAccessToken, actorFromSession, type Actor } from "@/lib/auth";
import { browserSessionFromHeaders } from "@/lib/auth/browser-session";
import { config, trustProxy } from "@/lib/config";
import type { Role } from "@/lib/db/generated/enums";
import { logger } from "@/lib/log";
import { consume } from "@/lib/rate-limit";
import { findNul, isFormType, mediaType, readCapped, readForm, readJson, type BodySource } from "./body";
// The fast path (server/api-fast-path.ts) sends form bodies to Next, as handle expects.
export { isFormType };
import { REGISTERED_ROLES, type Endpoint } from "./endpoint";
import { ApiError, envelope, errors, fromZod, toApiError } from "./errors";
import { CLIENT_IP_HEADER } from "./headers";

type Out<T> = [Exclude<T, undefined>] extends [never] ? undefined : z.output<Exclude<T, undefined> & z.ZodType>;

export interface HandlerContext<B, Q, P, A> {
  actor: A;
  body: B;
  query: Q;
  params: P;
  requestId: string;
  client: { ip: string; userAgent?: string };
  /** The request's headers (Accept-Language, a capability token ...). */
  headers: { get(name: string): string | null };
}

/**
 * What an actor of a role is known to have. `handle` checks it before a handler runs
 * (ROLE_INVARIANTS), so a company handler reads `actor.companyId` as a string, never null.
 */
export type ActorOfRole<R extends Role> = R extends "company" ? Actor & { role: "company"; companyId: string } : Actor & { role: R };

/** The actor a handler of this endpoint gets: narrowed by its `roles` when auth is "user". */
export type ActorFor<E extends Endpoint> = E["auth"] extends "user" ? ActorOfRole<NonNullable<E["roles"]>[number]> : Actor | null;

const ROLE_INVARIANTS: { [R in Role]?: (actor: Actor) => boolean } = {
  company: (actor) => typeof actor.companyId === "string" && actor.companyId.length > 0,
};

export type RouteContext = { params: Promise<Record<string, string | string[]>> };

export { CLIENT_IP_HEADER };

/**
 * What `handle` reads of a request: Next's Web Request when Next calls the route, or the
 * server's own view of node's request on its fast path (server/api-fast-path.ts).
 */
export interface ApiRequest extends BodySource {
  readonly method: string;
  /** Absolute URL. */
  readonly url: string;
}

/** A JSON answer before it becomes a Response (for Next) or is written to node's response (fast path). */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** JSON text; none for 204 and the like. */
  body?: string;
}

/** A route handler for Next, which also serves the fast path without Web Request/Response objects. */
export type RouteHandler = ((req: Request, route?: RouteContext) => Promise<Response>) & {
  serve: (req: ApiRequest, params: Record<string, string | string[]>) => Promise<Reply | Response>;
  /** What the route accepts (the fast path leaves multipart bodies to Next). */
  endpoint: Endpoint;
};

function jsonReply(data: unknown, status: number, headers?: Record<string, string>): Reply {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(data) };
}

function errorReply(error: ApiError, requestId?: string): Reply {
  return jsonReply(envelope(error, requestId), error.status, { ...error.headers, ...(requestId ? { "x-request-id": requestId } : {}) });
}

function toResponse(reply: Reply | Response): Response {
  return reply instanceof Response ? reply : new Response(reply.body ?? null, { status: reply.status, headers: reply.headers });
}

/** A JSON response with another status or headers; handlers return a Response only for that, files and redirects. */
export function json(data: unknown, status = 200, headers?: Record<string, string>): Response {
  return toResponse(jsonReply(data, status, headers));
}

export function errorResponse(error: ApiError, requestId?: string): Response {
  return toResponse(errorReply(error, requestId));
}

async function resolveActor(req: ApiRequest): Promise<{ actor: Actor | null; viaCookie: boolean }> {
  const header = req.headers.get("authorization");
  if (header) {
    const [scheme, token] = header.split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !token) throw errors.unauthorized("Authorization must be 'Bearer <token>'");
    return { actor: await actorFromAccessToken(token.trim()), viaCookie: false };
  }
  const session = await browserSessionFromHeaders(req.headers);
  if (!session) return { actor: null, viaCookie: false };
  return { actor: await actorFromSession(session.sid, session.uid), viaCookie: true };
}

/** `scheme://host[:port]` of a URL, or null for "null", a malformed URL or an opaque origin. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * This server's origin as the client addressed it. X-Forwarded-Host and X-Forwarded-Proto are
 * the client's own words unless a proxy we trust (TRUST_PROXY) set them; our server itself
 * speaks plain http.
 */
function ownOrigin(req: ApiRequest): string | null {
  const forwarded = (name: string) => (trustProxy ? req.headers.get(name)?.split(",")[0].trim() || null : null);
  const host = forwarded("x-forwarded-host") ?? req.headers.get("host");
  const scheme = forwarded("x-forwarded-proto") ?? "http";
  if (!host || (scheme !== "http" && scheme !== "https")) return null;
  return originOf(`${scheme}://${host}`);
}

/** Cookie-authenticated writes must come from our own pages (CSRF): same scheme, host and port. */
function assertSameOrigin(req: ApiRequest) {
  const origin = originOf(req.headers.get("origin") ?? "");
  if (!origin || origin !== ownOrigin(req)) throw errors.forbidden("Cross-site request refused");
}

/** A NUL anywhere in what the client sent is refused here, once, before a handler or the database sees it. */
function assertNoNul(raw: unknown, where: "body" | "query" | "params") {
  const path = findNul(raw);
  if (path === null) return;
  const message = "must not contain NUL (\\u0000) characters";
  throw errors.validation(`Invalid ${where}: ${path}: ${message}`, { issues: [{ path, message }] });
}

/** A company actor without a company (broken data) is refused and logged, never handed to a handler. */
function assertRoleInvariant(actor: Actor, requestId: string, path: string) {
  const holds = ROLE_INVARIANTS[actor.role];
  if (!holds || holds(actor)) return;
  logger.error({ requestId, path, userId: actor.id, role: actor.role }, "account breaks its role's invariant (a company account without a company); request refused");
  throw errors.forbidden("This account is incomplete; contact support");
}

/** A validation error with the status the endpoint's clients expect (400 or the default 422). */
function withValidationStatus(error: ApiError, status: number | undefined): ApiError {
  if (!status || error.code !== "VALIDATION_ERROR" || error.status === status) return error;
  return new ApiError(error.code, error.message, error.details, status, error.headers);
}

/** Next's Web Request as `handle` reads it. */
function fromWebRequest(req: Request): ApiRequest {
  return { method: req.method, url: req.url, headers: req.headers, readBody: (limit) => readCapped(req, limit) };
}

/**
 * The one wrapper for API route handlers: authenticates, applies the rate limit, parses and
 * validates params, query and body, runs the handler, validates and shapes the answer, and
 * turns every failure into the error envelope.
 */
export function handle<E extends Endpoint>(
  endpoint: E,
  fn: (ctx: HandlerContext<Out<E["body"]>, Out<E["query"]>, Out<E["params"]>, ActorFor<E>>) => Promise<unknown>,
): RouteHandler {
  const successStatus = Number(Object.keys(endpoint.responses)[0] ?? 200);
  const outSchema = endpoint.responses[successStatus];

  async function serve(req: ApiRequest, rawParams: Record<string, string | string[]>): Promise<Reply | Response> {
    const requestId = req.headers.get("x-request-id") ?? randomUUID();
    const client = {
      ip: req.headers.get(CLIENT_IP_HEADER) ?? "unknown",
      userAgent: req.headers.get("user-agent") ?? undefined,
    };
    try {
      let actor: Actor | null = null;
      let authError: unknown = null;
      let viaCookie = false;
      if (endpoint.auth !== "public" || req.headers.get("authorization")) {
        try {
          ({ actor, viaCookie } = await resolveActor(req));
        } catch (err) {
          authError = err;
        }
      }
      const limit = await consume(actor ? `u:${actor.id}` : `ip:${client.ip}`, config.rateLimitPerMinute);
      if (!limit.allowed) throw errors.rateLimited(limit.retryAfterSeconds);
      if (authError && endpoint.auth !== "public") throw authError;
      if (endpoint.auth === "user") {
        if (!actor) throw errors.unauthorized();
        const roles: readonly Role[] = endpoint.roles ?? REGISTERED_ROLES;
        if (!roles.includes(actor.role)) {
          throw errors.forbidden(
            actor.role === "guest" ? "Guests cannot do this; register an account" : `This requires role: ${roles.join(" or ")}`,
          );
        }
        assertRoleInvariant(actor, requestId, endpoint.path);
      }
      if (viaCookie && req.method !== "GET" && req.method !== "HEAD") assertSameOrigin(req);

      assertNoNul(rawParams, "params");
      const params = endpoint.params ? endpoint.params.safeParse(rawParams) : undefined;
      if (params && !params.success) throw fromZod(params.error, "params");

      const rawQuery = Object.fromEntries(new URL(req.url).searchParams);
      assertNoNul(rawQuery, "query");
      const query = endpoint.query ? endpoint.query.safeParse(rawQuery) : undefined;
      if (query && !query.success) throw fromZod(query.error, "query");

      let body: unknown;
      if (endpoint.body) {
        const type = mediaType(req);
        const form = isFormType(type);
        if (endpoint.bodyType === "multipart" && type !== "multipart/form-data") {
          throw errors.unsupportedMediaType("multipart/form-data");
        }
        const raw =
          endpoint.bodyType === "multipart"
            ? await readForm(req, endpoint.maxBodyBytes ?? config.maxUploadBytes + 64 * 1024)
            : endpoint.bodyType === "json-or-form" && form
              ? await readForm(req, config.maxJsonBodyBytes)
              : await readJson(req, config.maxJsonBodyBytes);
        assertNoNul(raw, "body");
        const parsed = endpoint.body.safeParse(raw ?? {});
        if (!parsed.success) throw fromZod(parsed.error, "body");
        body = parsed.data;
      }

      const result = await fn({
        actor: actor as ActorFor<E>,
        body: body as Out<E["body"]>,
        query: query?.data as Out<E["query"]>,
        params: params?.data as Out<E["params"]>,
        requestId,
        client,
        headers: req.headers,
      });
      if (result instanceof Response) return result;
      if (outSchema === null || result === undefined) return { status: successStatus === 200 ? 204 : successStatus, headers: {} };
      const out = outSchema ? outSchema.parse(result) : result;
      return jsonReply(out, successStatus, { "x-ratelimit-limit": String(limit.limit), "x-ratelimit-remaining": String(limit.remaining) });
    } catch (err) {
      const { error, internal } = toApiError(err);
      if (internal) logger.error({ err, requestId, path: endpoint.path }, "unhandled error in route");
      return errorReply(withValidationStatus(error, endpoint.validationStatus), requestId);
    }
  }

  const route = async (req: Request, ctx?: RouteContext) => toResponse(await serve(fromWebRequest(req), ctx ? await ctx.params : {}));
  return Object.assign(route, { serve, endpoint: endpoint as Endpoint });
}
