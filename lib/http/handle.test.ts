import { beforeEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import { defineEndpoint } from "./endpoint";
import { ApiError } from "./errors";
import { handle, type ActorFor, type ApiRequest, type Reply } from "./handle";

// The actor behind any bearer token, set per test: no database needed.
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({
  actorFromAccessToken: async () => current.actor,
  actorFromSession: async () => current.actor,
}));
vi.mock("@/lib/auth/browser-session", () => ({ browserSessionFromHeaders: async () => null }));

const company: Actor = { id: "u1", role: "company", email: "co@example.test", companyId: "c1", sessionId: "s1" };

function request(method: string, url: string, body?: unknown): ApiRequest {
  const headers = new Headers({ authorization: "Bearer t", "content-type": "application/json", "x-offerpath-client-ip": `10.1.${Math.random()}` });
  return {
    method,
    url,
    headers,
    readBody: async () => Buffer.from(body === undefined ? "" : JSON.stringify(body)),
  };
}

const json = (reply: Reply | Response) => JSON.parse((reply as Reply).body ?? "null");

const companyOnly = defineEndpoint({
  method: "GET", path: "/x", summary: "x", tags: [], auth: "user", roles: ["company"],
  responses: { 200: z.object({ companyId: z.string() }) },
});
const anyUser = defineEndpoint({ method: "GET", path: "/y", summary: "y", tags: [], auth: "user", responses: { 200: null } });
const candidatesAndGuests = defineEndpoint({
  method: "GET", path: "/z", summary: "z", tags: [], auth: "user", roles: ["candidate", "guest"], responses: { 200: null },
});
const optional = defineEndpoint({ method: "GET", path: "/o", summary: "o", tags: [], auth: "optional", responses: { 200: null } });

describe("role-narrowed actors", () => {
  it("types: a company endpoint's actor has a string companyId; others keep what Actor says", () => {
    expectTypeOf<ActorFor<typeof companyOnly>["companyId"]>().toEqualTypeOf<string>();
    expectTypeOf<ActorFor<typeof companyOnly>["role"]>().toEqualTypeOf<"company">();
    expectTypeOf<ActorFor<typeof candidatesAndGuests>["role"]>().toEqualTypeOf<"candidate" | "guest">();
    expectTypeOf<ActorFor<typeof candidatesAndGuests>["companyId"]>().toEqualTypeOf<string | null>();
    // No roles: every registered role, and a company among them still has its company.
    expectTypeOf<ActorFor<typeof anyUser>["role"]>().toEqualTypeOf<"candidate" | "company" | "admin">();
    expectTypeOf<Extract<ActorFor<typeof anyUser>, { role: "company" }>["companyId"]>().toEqualTypeOf<string>();
    expectTypeOf<ActorFor<typeof optional>>().toEqualTypeOf<Actor | null>();
    handle(companyOnly, async ({ actor }) => {
      expectTypeOf(actor.companyId).toEqualTypeOf<string>();
      return { companyId: actor.companyId };
    });
    handle(candidatesAndGuests, async ({ actor }) => expectTypeOf(actor.role).toEqualTypeOf<"candidate" | "guest">());
    handle(optional, async ({ actor }) => expectTypeOf(actor).toEqualTypeOf<Actor | null>());
  });

  describe("at run time", () => {
    const seen = vi.fn();
    const route = handle(companyOnly, async ({ actor }) => {
      seen(actor);
      return { companyId: actor.companyId };
    });
    beforeEach(() => seen.mockReset());

    it("a company actor with its company reaches the handler", async () => {
      current.actor = company;
      const reply = await route.serve(request("GET", "http://localhost/x"), {});
      expect(json(reply)).toEqual({ companyId: "c1" });
      expect(seen).toHaveBeenCalledOnce();
    });

    it.each([null, ""])("a company actor whose companyId is %j is refused (403), never passed on", async (companyId) => {
      current.actor = { ...company, companyId } as Actor;
      const reply = (await route.serve(request("GET", "http://localhost/x"), {})) as Reply;
      expect(reply.status).toBe(403);
      expect(json(reply).error.code).toBe("FORBIDDEN");
      expect(seen).not.toHaveBeenCalled();
    });

    it("any endpoint for users refuses such an actor too", async () => {
      current.actor = { ...company, companyId: null };
      const reply = (await handle(anyUser, async () => seen()).serve(request("GET", "http://localhost/y"), {})) as Reply;
      expect(reply.status).toBe(403);
      expect(seen).not.toHaveBeenCalled();
    });
  });
});

describe("NUL characters in input", () => {
  const echo = defineEndpoint({
    method: "POST", path: "/e/{id}", summary: "e", tags: [], auth: "optional",
    params: z.object({ id: z.string() }), query: z.object({}), body: z.object({ name: z.string() }),
    responses: { 200: z.object({ name: z.string() }) },
  });
  const route = handle(echo, async ({ body }) => body);

  it.each([
    ["body", request("POST", "http://localhost/e/1", { name: "a\u0000b" }), { id: "1" }, "name"],
    ["body, deep and ignored by the schema", request("POST", "http://localhost/e/1", { name: "a", extra: [{ x: "\u0000" }] }), { id: "1" }, "extra.0.x"],
    ["query, a key the schema drops", request("POST", "http://localhost/e/1?q=%00", { name: "a" }), { id: "1" }, "q"],
    ["params", request("POST", "http://localhost/e/1", { name: "a" }), { id: "1\u0000" }, "id"],
  ])("in the %s -> 422 VALIDATION_ERROR", async (_where, req, params, path) => {
    current.actor = null;
    const reply = (await route.serve(req, params)) as Reply;
    expect(reply.status).toBe(422);
    expect(json(reply).error).toMatchObject({ code: "VALIDATION_ERROR", details: { issues: [{ path }] } });
  });

  it("clean input passes", async () => {
    current.actor = null;
    expect(json(await route.serve(request("POST", "http://localhost/e/1", { name: "Ada" }), { id: "1" }))).toEqual({ name: "Ada" });
  });
});

describe("an endpoint's validation status", () => {
  const body = z.object({ level: z.enum(["junior", "middle"]) });
  const strict = defineEndpoint({
    method: "POST", path: "/v", summary: "v", tags: [], auth: "optional", body, validationStatus: 400,
    responses: { 200: body },
  });
  const byDefault = defineEndpoint({ method: "POST", path: "/d", summary: "d", tags: [], auth: "optional", body, responses: { 200: body } });

  it("answers 400 for a schema failure when the endpoint asks for 400, 422 otherwise, same envelope", async () => {
    current.actor = null;
    const bad = { level: "senior" };
    const a = (await handle(strict, async ({ body }) => body).serve(request("POST", "http://localhost/v", bad), {})) as Reply;
    const b = (await handle(byDefault, async ({ body }) => body).serve(request("POST", "http://localhost/d", bad), {})) as Reply;
    expect([a.status, b.status]).toEqual([400, 422]);
    expect(json(a).error).toMatchObject({ code: "VALIDATION_ERROR", details: { issues: [{ path: "level" }] } });
    expect(json(a).error.message).toBe(json(b).error.message);
  });

  it("applies to validation errors the handler throws, and leaves other errors alone", async () => {
    current.actor = null;
    const thrown = (await handle(strict, async () => {
      throw new ApiError("VALIDATION_ERROR", "candidate_name is required");
    }).serve(request("POST", "http://localhost/v", { level: "junior" }), {})) as Reply;
    expect(thrown.status).toBe(400);
    expect(json(thrown).error.code).toBe("VALIDATION_ERROR");
    const other = (await handle(strict, async () => {
      throw new ApiError("CONFLICT", "no");
    }).serve(request("POST", "http://localhost/v", { level: "junior" }), {})) as Reply;
    expect(other.status).toBe(409);
  });
});
