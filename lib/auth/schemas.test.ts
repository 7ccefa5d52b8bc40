import { describe, expect, it } from "vitest";
import { ChangePasswordBody, HiringLoginBody, LearnRegisterBody, V1LoginBody, V1ProfilePatch, V1RegisterBody } from "./schemas";
import { Email, HttpUrl, MultilineText, Name } from "./fields";

// The shared field rules every account input (API, Auth.js sign-in, the sign-up and profile
// forms) is parsed with.

const NUL = "\u0000";

describe("no control characters reach the database", () => {
  it.each([
    ["a login email", () => HiringLoginBody.safeParse({ email: `a${NUL}@b.test`, password: "whatever-1" })],
    ["a login username", () => V1LoginBody.safeParse({ username: `ada${NUL}`, password: "whatever-1" })],
    ["a name", () => Name.safeParse(`Ada${NUL}`)],
    ["a name with an escape", () => Name.safeParse("Ada\u001b[31m")],
    ["an email", () => Email.safeParse(`a${NUL}b@x.test`)],
    ["a registration name", () => LearnRegisterBody.safeParse({ email: "a@b.test", password: "Str0ng-pass-1", first_name: `A${NUL}` })],
    ["a website", () => HttpUrl.safeParse(`https://a.test/${NUL}`)],
  ])("refuses %s with NUL or another control character", (_label, parse) => {
    expect(parse().success).toBe(false);
  });

  it("lets a description keep its line breaks and tabs, but not NUL", () => {
    expect(MultilineText.safeParse("line one\n\tline two\r\n").success).toBe(true);
    expect(MultilineText.safeParse(`line${NUL}`).success).toBe(false);
  });
});

describe("websites", () => {
  it.each(["https://acme.example", "http://localhost:3000/jobs?x=1"])("accepts %s", (url) => {
    expect(HttpUrl.safeParse(url).success).toBe(true);
  });
  it.each(["javascript:alert(1)", "data:text/html,hi", "ftp://files.example", "not a url"])("refuses %s", (url) => {
    expect(HttpUrl.safeParse(url).success).toBe(false);
  });
});

describe("aliases", () => {
  it("maps an alias to its field; the canonical name wins when both are sent", () => {
    expect(ChangePasswordBody.parse({ old_password: "a", new_password: "Str0ng-pass-1" })).toMatchObject({ currentPassword: "a", newPassword: "Str0ng-pass-1" });
    expect(ChangePasswordBody.parse({ currentPassword: "a", oldPassword: "b", newPassword: "Str0ng-pass-1" }).currentPassword).toBe("a");
  });

  it("drops unknown fields and cannot be given a role other than candidate or company", () => {
    const body = V1RegisterBody.parse({ username: "ada", email: "a@b.test", password: "Str0ng-pass-1", id: "x", is_demo: true });
    expect(body).not.toHaveProperty("id");
    expect(body).not.toHaveProperty("is_demo");
    expect(body.role).toBe("candidate");
    expect(V1RegisterBody.safeParse({ username: "ada", email: "a@b.test", password: "Str0ng-pass-1", role: "admin" }).success).toBe(false);
  });

  it("a profile patch of only a password or only unknown fields has nothing to update", () => {
    expect(V1ProfilePatch.safeParse({ currentPassword: "x" }).success).toBe(false);
    expect(V1ProfilePatch.safeParse({ role: "admin" }).success).toBe(false);
    expect(V1ProfilePatch.parse({ first_name: "Ada", password: "x" })).toEqual({ firstName: "Ada", currentPassword: "x" });
  });
});
