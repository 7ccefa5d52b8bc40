import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Email } from "@/lib/auth/fields";
import { PasswordSchema } from "@/lib/auth/password";
import { CompanyPatch } from "@/lib/companies/schemas";
import { formErrors } from "./form-errors";

const V1RegisterBody = z.object({ email: Email, password: PasswordSchema });

describe("formErrors", () => {
  it("names each field's problem in interface words", () => {
    const result = V1RegisterBody.pick({ email: true, password: true }).safeParse({ email: "not-an-email", password: "short" });
    expect(result.success).toBe(false);
    expect(formErrors(result.error!)).toEqual({ email: "errors.email", password: "errors.passwordShort" });
  });

  it("tells a common password from a short one", () => {
    const result = V1RegisterBody.pick({ password: true }).safeParse({ password: "password123" });
    expect(formErrors(result.error!)).toEqual({ password: "errors.passwordCommon" });
  });

  it("reports a blank required field and a bad website", () => {
    const result = CompanyPatch.safeParse({ name: "  ", website: "example" });
    expect(formErrors(result.error!)).toEqual({ name: "errors.required", website: "errors.url" });
  });
});
