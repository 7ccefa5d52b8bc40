import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import { ApiError, errors } from "@/lib/http/errors";

// The browser session is the one thing an action reads from the request; everything else is the wrapper's.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/components/server/current-actor", () => ({ getCurrentActor: async () => session.actor }));

const { action, optionalFormText } = await import("./action");

const candidate: Actor = { id: "u1", role: "candidate", email: "c@example.com", companyId: null, sessionId: "s1" };
const company: Actor = { id: "u2", role: "company", email: "co@example.com", companyId: "c1", sessionId: "s2" };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const Schema = z.object({ name: z.string().trim().min(1), city: optionalFormText });

describe("action()", () => {
  beforeEach(() => {
    session.actor = candidate;
  });

  it("passes the parsed form and the actor; unknown fields are ignored, blanks become null", async () => {
    const fn = vi.fn(async () => ({ ok: "company.saved" as const }));
    const save = action({ schema: Schema }, fn);
    const state = await save({}, form({ name: " Anna ", city: "  ", role: "admin", $ACTION_ID_1: "x" }));
    expect(fn).toHaveBeenCalledWith(expect.objectContaining({ actor: candidate, input: { name: "Anna", city: null } }));
    expect(state).toEqual({ ok: "company.saved", values: { name: "Anna", city: "", role: "admin" } });
  });

  it("refuses a signed-out browser and the wrong role before parsing", async () => {
    const fn = vi.fn(async () => {});
    const save = action({ schema: Schema, roles: ["company"] }, fn);
    session.actor = null;
    expect(await save({}, form({ name: "x" }))).toMatchObject({ error: "errors.sessionEnded" });
    session.actor = candidate;
    expect(await save({}, form({ name: "x" }))).toMatchObject({ error: "errors.forbidden" });
    // A company account without its company holds no company role.
    session.actor = { ...company, companyId: null };
    expect(await save({}, form({ name: "x" }))).toMatchObject({ error: "errors.forbidden" });
    expect(fn).not.toHaveBeenCalled();
    session.actor = company;
    await save({}, form({ name: "x" }));
    expect(fn).toHaveBeenCalledOnce();
  });

  it("lets a public action run signed out", async () => {
    session.actor = null;
    const fn = vi.fn(async () => {});
    await action({ schema: Schema, roles: "public" }, fn)({}, form({ name: "x" }));
    expect(fn).toHaveBeenCalledWith(expect.objectContaining({ actor: null }));
  });

  it("turns zod issues into field messages and keeps what was typed, never a password", async () => {
    const save = action({ schema: Schema.extend({ password: z.string().min(8) }) }, async () => {});
    const state = await save({}, form({ name: "  ", password: "short" }));
    expect(state).toEqual({
      error: "errors.form",
      fieldErrors: { name: "errors.required", password: "errors.passwordShort" },
      values: { name: "" },
    });
  });

  it("maps the ApiErrors it expects to fields, common ones to the form, and rethrows the rest", async () => {
    const throwing = (err: unknown) =>
      action({ schema: Schema, errors: { CONFLICT: { field: "name", message: "signup.emailTaken" } } }, async () => {
        throw err;
      });
    expect(await throwing(errors.conflict("taken"))({}, form({ name: "x" }))).toMatchObject({
      error: "errors.form",
      fieldErrors: { name: "signup.emailTaken" },
    });
    expect(await throwing(errors.forbidden())({}, form({ name: "x" }))).toMatchObject({ error: "errors.forbidden" });
    expect(await throwing(errors.validation("bad", { issues: [{ path: "city.0", message: "no" }] }))({}, form({ name: "x" }))).toMatchObject({
      error: "errors.form",
      fieldErrors: { city: "errors.invalid" },
    });
    await expect(throwing(new ApiError("NOT_FOUND", "gone"))({}, form({ name: "x" }))).rejects.toThrow("gone");
    await expect(throwing(new Error("NEXT_REDIRECT"))({}, form({ name: "x" }))).rejects.toThrow("NEXT_REDIRECT");
  });
});
