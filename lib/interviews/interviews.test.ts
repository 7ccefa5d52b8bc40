import { describe, expect, it } from "vitest";
import { fromAcceptLanguage } from "./create-interview";
import { inviteMail } from "./invite-mail";
import { hashInviteToken, inviteTokenOf, newInviteToken } from "./invite-token";
import { judge } from "./run-tests";

describe("the interview's language from Accept-Language", () => {
  it.each([
    ["ru-RU,ru;q=0.9,en-US;q=0.8", "ru"],
    ["en-GB,en;q=0.9,ru;q=0.8", "en"],
    ["de-DE,de;q=0.9,ru;q=0.5", "ru"],
    ["en;q=0.1,ru;q=0.9", "ru"],
    ["ru;q=0,en", "en"],
    ["fr", "en"],
    [null, "en"],
  ] as const)("%s -> %s", (header, locale) => {
    expect(fromAcceptLanguage(header)).toBe(locale);
  });
});

describe("invite tokens", () => {
  it("are random, 43 base64url characters, stored as their SHA-256", () => {
    const a = newInviteToken();
    const b = newInviteToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashInviteToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });

  it("come from the header first, then the link's query; absurd lengths are ignored", () => {
    const headers = (v: string | null) => ({ get: (n: string) => (n === "x-interview-token" ? v : null) });
    expect(inviteTokenOf(headers("h"), { token: "q" })).toBe("h");
    expect(inviteTokenOf(headers(null), { token: " q " })).toBe("q");
    expect(inviteTokenOf(headers(null), {})).toBeNull();
    expect(inviteTokenOf(headers("x".repeat(500)))).toBeNull();
  });
});

describe("judging one test outside the sandbox", () => {
  const test = { args: [[3, 1, 2]], expected: [1, 2, 3] };
  it("passes a matching value and shows it as JSON", () => {
    expect(judge(test, { id: "t", status: "ok", value: [1, 2, 3], timeMs: 1 }, "exact")).toEqual({ passed: true, actual: "[1,2,3]", error: undefined });
  });
  it("fails a different value with what was expected", () => {
    expect(judge(test, { id: "t", status: "ok", value: [3, 2, 1], timeMs: 1 }, "exact")).toEqual({ passed: false, actual: "[3,2,1]", error: "Expected [1,2,3], got [3,2,1]" });
    expect(judge(test, { id: "t", status: "ok", value: [3, 2, 1], timeMs: 1 }, "unordered").passed).toBe(true);
  });
  it("fails a thrown error, a timeout and a test that never ran", () => {
    expect(judge(test, { id: "t", status: "error", error: "TypeError: x is undefined (line 3)", timeMs: 1 }, "exact")).toMatchObject({ passed: false, error: "TypeError: x is undefined (line 3)" });
    expect(judge(test, { id: "t", status: "timeout", timeMs: 2000 }, "exact")).toMatchObject({ passed: false, error: "Timed out after 2000 ms" });
    expect(judge(test, undefined, "exact")).toMatchObject({ passed: false, error: "The test did not run" });
  });
  it("shows what the language printed when the value is not JSON", () => {
    expect(judge(test, { id: "t", status: "ok", display: "{1, 2, 3}", timeMs: 1 }, "exact")).toMatchObject({ passed: false, actual: "{1, 2, 3}" });
  });
});

describe("the invite mail", () => {
  const url = "http://localhost:3000/interviews/0b0e6c1e-0000-4000-8000-000000000000?token=abc";
  it("speaks the interview's language and carries the link", () => {
    const ru = inviteMail("grace@example.test", "Acme", url, { locale: "ru", level: "junior", language: "python", durationMinutes: 45 });
    expect(ru.to).toBe("grace@example.test");
    expect(ru.subject).toBe("Acme приглашает вас на техническое интервью");
    expect(ru.text).toContain(url);
    expect(ru.text).toContain("45 мин.");
    const en = inviteMail("grace@example.test", "Acme <b>", url, { locale: "en", level: "middle", language: "javascript", durationMinutes: 60 });
    expect(en.text).toContain("a middle coding interview in JavaScript");
    expect(en.html).toContain("Acme &lt;b&gt;");
    expect(en.html).not.toContain("Acme <b>");
  });
});
