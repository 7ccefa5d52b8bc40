import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PrismaClientKnownRequestError } from "@prisma/client/runtime/client";
import { ApiError, envelope, errors, toApiError } from "./errors";

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new PrismaClientKnownRequestError(`prisma says ${code} at /secret/path/schema.prisma`, { code, clientVersion: "7.10.0", meta });

describe("toApiError", () => {
  it("ZodError -> 422 VALIDATION_ERROR with the issues", () => {
    const parsed = z.object({ email: z.email(), age: z.number() }).safeParse({ email: "nope", age: "x" });
    const { error, internal } = toApiError(parsed.error);
    expect(internal).toBe(false);
    expect(error.status).toBe(422);
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "email" }), expect.objectContaining({ path: "age" })]),
    );
  });

  it("Prisma P2002 (unique violation) -> 409 CONFLICT", () => {
    const { error, internal } = toApiError(prismaError("P2002", { target: ["email"] }));
    expect(internal).toBe(false);
    expect(error).toMatchObject({ status: 409, code: "CONFLICT" });
    expect(error.message).not.toContain("prisma");
  });

  it("Prisma P2025 (record not found) -> 404 NOT_FOUND", () => {
    const { error } = toApiError(prismaError("P2025"));
    expect(error).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });

  it("other Prisma errors -> 500 with a generic message", () => {
    const { error, internal } = toApiError(prismaError("P1001"));
    expect(internal).toBe(true);
    expect(error).toMatchObject({ status: 500, code: "INTERNAL_ERROR", message: "Internal server error" });
  });

  it("anything unknown -> 500 with a generic message, nothing of the cause", () => {
    for (const thrown of [new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2"), "a string", null, { weird: true }]) {
      const { error, internal } = toApiError(thrown);
      expect(internal).toBe(true);
      expect(error).toMatchObject({ status: 500, code: "INTERNAL_ERROR", message: "Internal server error" });
      expect(JSON.stringify(envelope(error))).not.toMatch(/ECONNREFUSED|hunter2|stack/);
    }
  });

  it("an ApiError passes through unchanged", () => {
    const original = errors.forbidden();
    expect(toApiError(original)).toEqual({ error: original, internal: false });
  });
});

describe("the error envelope", () => {
  it("has error.code, error.message, error.details and a FastAPI-style detail", () => {
    const e = new ApiError("INTERVIEW_NOT_FOUND", "Interview not found", { interview_id: "x" }, 404);
    expect(envelope(e, "req-1")).toEqual({
      error: { code: "INTERVIEW_NOT_FOUND", message: "Interview not found", details: { interview_id: "x", request_id: "req-1" } },
      detail: "Interview not found",
    });
  });

  it("omits details when there are none", () => {
    expect(envelope(errors.unauthorized())).toEqual({
      error: { code: "UNAUTHORIZED", message: "Authentication required" },
      detail: "Authentication required",
    });
  });

  it("maps each helper to its status", () => {
    expect(errors.validation("x").status).toBe(422);
    expect(errors.unauthorized().status).toBe(401);
    expect(errors.forbidden().status).toBe(403);
    expect(errors.notFound().status).toBe(404);
    expect(errors.conflict("x").status).toBe(409);
    expect(errors.tooLarge(10).status).toBe(413);
    expect(errors.unsupportedMediaType("application/json").status).toBe(415);
    expect(new ApiError("INVALID_JSON", "bad").status).toBe(400);
  });

  it("a rate-limit error carries Retry-After", () => {
    const e = errors.rateLimited(42);
    expect(e).toMatchObject({ status: 429, code: "RATE_LIMITED", headers: { "Retry-After": "42" }, details: { retry_after: 42 } });
  });
});
