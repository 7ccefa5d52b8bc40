import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { burnPasswordCheck, hashPassword, PasswordSchema, passwordNeedsRehash, verifyPassword } from "./password";

describe("password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(PasswordSchema.safeParse("correct horse battery").success).toBe(true);
    expect(PasswordSchema.safeParse("Abcdefg8").success).toBe(true);
  });

  it("refuses fewer than 8 characters", () => {
    const res = PasswordSchema.safeParse("Abc1234");
    expect(res.success).toBe(false);
    expect(res.error?.issues[0].message).toMatch(/at least 8/);
  });

  it("refuses more than 128 characters", () => {
    expect(PasswordSchema.safeParse("x".repeat(129)).success).toBe(false);
    expect(PasswordSchema.safeParse("x".repeat(128)).success).toBe(true);
  });

  it.each(["password", "12345678", "qwerty123", "PASSWORD123", "Password1", "пароль123"])("refuses the common password %s", (p) => {
    const res = PasswordSchema.safeParse(p);
    expect(res.success).toBe(false);
    expect(res.error?.issues[0].message).toMatch(/too common/);
  });

  it("refuses non-strings", () => {
    expect(PasswordSchema.safeParse(12345678).success).toBe(false);
    expect(PasswordSchema.safeParse(undefined).success).toBe(false);
  });
});

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Str0ng-pass-1");
    expect(hash).toMatch(/^\$bcrypt-sha256\$\$2[aby]\$10\$/);
    expect(hash).not.toContain("Str0ng-pass-1");
    expect(await verifyPassword("Str0ng-pass-1", hash)).toBe(true);
    expect(await verifyPassword("Str0ng-pass-2", hash)).toBe(false);
  });

  it("uses every byte of a long passphrase: its first 72 bytes alone do not match", async () => {
    // 109 bytes; bcrypt alone reads only the first 72.
    const passphrase = "correct horse battery staple ".repeat(3) + "and a tail of 22 more!";
    expect(Buffer.byteLength(passphrase)).toBe(109);
    const first72 = passphrase.slice(0, 72);
    const hash = await hashPassword(passphrase);
    expect(await verifyPassword(passphrase, hash)).toBe(true);
    expect(await verifyPassword(first72, hash)).toBe(false);
    expect(await verifyPassword(passphrase + "x", hash)).toBe(false);
  });

  it("still verifies a plain bcrypt hash made before the pre-hash, and marks it for rehashing", async () => {
    const legacy = bcrypt.hashSync("Old-style-pass-1", 10);
    expect(await verifyPassword("Old-style-pass-1", legacy)).toBe(true);
    expect(await verifyPassword("Old-style-pass-2", legacy)).toBe(false);
    expect(passwordNeedsRehash(legacy)).toBe(true);
    expect(passwordNeedsRehash(await hashPassword("Old-style-pass-1"))).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("same-password")).not.toBe(await hashPassword("same-password"));
  });

  it("the check for a missing account always fails, even for its own decoy password", async () => {
    expect(await burnPasswordCheck("offerpath-no-such-account")).toBe(false);
    expect(await burnPasswordCheck("anything")).toBe(false);
  });
});
