import { randomBytes } from "node:crypto";

// Keys are made here, never from a user's file name, so no key can escape a folder or a bucket
// prefix; every backend checks them the same way.
const KEY = /^[a-z0-9][a-z0-9/-]{0,511}$/;

export function newStorageKey(prefix: string): string {
  return assertKey(`${prefix}/${randomBytes(16).toString("hex")}`);
}

export function assertKey(key: string): string {
  if (!KEY.test(key) || key.includes("..") || key.includes("//") || key.endsWith("/")) {
    throw new Error(`invalid storage key: ${key}`);
  }
  return key;
}
