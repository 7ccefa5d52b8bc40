import { describe, expect, it } from "vitest";
import { signDownload, verifyDownload } from "./signed-token";

const secret = "a-test-secret-a-test-secret-a-test";
const grant = { key: "resumes/abc", expiresAt: Math.floor(Date.now() / 1000) + 60, filename: "cv.pdf", contentType: "application/pdf" };

describe("download tokens", () => {
  it("carry the file, name and type they were signed for", () => {
    expect(verifyDownload(signDownload(grant, secret), secret)).toEqual(grant);
  });

  it("stop working once expired", () => {
    const token = signDownload(grant, secret);
    expect(verifyDownload(token, secret, (grant.expiresAt + 1) * 1000)).toBeNull();
  });

  it("refuse a changed payload, a changed signature and another secret", () => {
    const token = signDownload(grant, secret);
    const [payload, mac] = token.split(".");
    const otherFile = Buffer.from(JSON.stringify({ k: "resumes/other", e: grant.expiresAt })).toString("base64url");
    expect(verifyDownload(`${otherFile}.${mac}`, secret)).toBeNull();
    expect(verifyDownload(`${payload}.${mac[0] === "A" ? "B" : "A"}${mac.slice(1)}`, secret)).toBeNull();
    expect(verifyDownload(token, "another-secret-another-secret-another")).toBeNull();
    expect(verifyDownload("garbage", secret)).toBeNull();
  });
});
