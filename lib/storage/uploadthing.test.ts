import { describe, expect, it } from "vitest";
import { uploadthingCustomId, uploadthingStorage } from "./uploadthing";

// UploadThing cannot be reached offline: these tests cover what runs locally, the mapping of our
// keys to UploadThing custom ids and the signed links the SDK computes without a request.
// Uploads, downloads and deletes against the live service are not tested here.
const token = Buffer.from(JSON.stringify({ apiKey: "sk_live_testkey", appId: "app123", regions: ["sea1"] })).toString("base64");

describe("UploadThing adapter", () => {
  it("maps a key to a custom id that fits one URL segment", () => {
    expect(uploadthingCustomId("resumes/0a1b")).toBe("resumes_0a1b");
  });

  it("never maps two keys to one custom id", () => {
    expect(uploadthingCustomId("a/b-c")).not.toBe(uploadthingCustomId("a-b/c"));
  });

  it("refuses keys that are not ours", () => {
    expect(() => uploadthingCustomId("../etc/passwd")).toThrow();
    expect(() => uploadthingCustomId("a_b")).toThrow();
    expect(() => uploadthingCustomId(`x/${"a".repeat(200)}`)).toThrow();
  });

  it("signs a download link for the file's custom id on the app's host, expiring when asked", async () => {
    const before = Date.now();
    const url = new URL(await uploadthingStorage(token).signedDownloadUrl("resumes/0a1b", { expiresIn: 120 }));
    expect(url.origin).toBe("https://app123.ufs.sh");
    expect(url.pathname).toBe("/f/resumes_0a1b");
    expect(url.searchParams.get("signature")).toMatch(/^hmac-sha256=[0-9a-f]{64}$/);
    const expires = Number(url.searchParams.get("expires"));
    expect(expires).toBeGreaterThanOrEqual(before + 120_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 120_000 + 1000);
  });
});
