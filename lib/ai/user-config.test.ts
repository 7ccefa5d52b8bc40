import { beforeAll, describe, expect, it } from "vitest";

// The default setting: user-chosen base URLs may not point into the server's network.
let assertAllowedBaseUrl: typeof import("./user-config").assertAllowedBaseUrl;
beforeAll(async () => {
  delete process.env.AI_ALLOW_PRIVATE_BASE_URLS;
  ({ assertAllowedBaseUrl } = await import("./user-config"));
});

describe("user-chosen base URLs", () => {
  it("accepts public http(s) endpoints", () => {
    expect(assertAllowedBaseUrl("https://openrouter.ai/api/v1/")).toBe("https://openrouter.ai/api/v1");
    expect(assertAllowedBaseUrl("http://llm.example.com:8000/v1")).toBe("http://llm.example.com:8000/v1");
  });

  it("refuses addresses on the server's own network and other schemes", () => {
    for (const url of [
      "http://localhost:11434/v1",
      "http://localhost.:11434/v1",
      "http://foo.localhost/v1",
      "http://0.0.0.0:8080/",
      "http://127.1/",
      "http://0x7f.1/",
      "http://[::ffff:7f00:1]/",
      "http://100.64.0.1/",
      "http://[fd00::1]/",
      "http://224.0.0.1/",
      "http://127.0.0.1:6379",
      "http://2130706433/", // 127.0.0.1 written as a number
      "http://10.0.0.5/v1",
      "http://192.168.1.1/",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]:8080/",
      "http://[::ffff:127.0.0.1]/",
      "http://redis:6379/",
      "http://user:pass@api.example.com/v1",
      "file:///etc/passwd",
    ]) {
      expect(() => assertAllowedBaseUrl(url), url).toThrow(expect.objectContaining({ code: "VALIDATION_ERROR" }));
    }
  });
});
