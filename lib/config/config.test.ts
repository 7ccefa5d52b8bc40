import { describe, expect, it } from "vitest";
import { loadConfig } from "./index";

describe("the one environment schema", () => {
  it("parses TRUST_PROXY and API_FAST_PATH with the rest, off and on by default", () => {
    const defaults = loadConfig({});
    expect(defaults.server).toEqual({ trustProxy: false, apiFastPath: true });
    expect(loadConfig({ TRUST_PROXY: "1", API_FAST_PATH: "off" }).server).toEqual({ trustProxy: true, apiFastPath: false });
    expect(loadConfig({ TRUST_PROXY: "true" }).server.trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "0" }).server.trustProxy).toBe(false);
  });

  it("refuses a setting it cannot read instead of guessing", () => {
    expect(() => loadConfig({ TRUST_PROXY: "yes" })).toThrow();
    expect(() => loadConfig({ API_FAST_PATH: "maybe" })).toThrow();
    expect(() => loadConfig({ PORT: "http" })).toThrow();
  });

  it("gives each module its section", () => {
    const c = loadConfig({ SMTP_URL: "smtp://127.0.0.1:2525", AI_ALLOW_PRIVATE_BASE_URLS: "1", S3_BUCKET: "b", S3_FORCE_PATH_STYLE: "true" });
    expect(c.mail.smtpUrl).toBe("smtp://127.0.0.1:2525");
    expect(c.ai.allowPrivateBaseUrls).toBe(true);
    expect(c.storage.s3?.forcePathStyle).toBe(true);
    expect(c.queue.workers).toBe(true);
  });
});
