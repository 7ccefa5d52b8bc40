import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

/**
 * Files on local disk under one root. Keys are random and made here, never from a user's file
 * name, so no path can escape the root.
 */
export function localDiskStorage(root: string) {
  const resolve = (key: string) => {
    if (!/^[a-z0-9/-]+$/.test(key) || key.includes("..")) throw new Error(`invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    newKey(prefix: string): string {
      return `${prefix}/${randomBytes(16).toString("hex")}`;
    },
    async put(key: string, data: Uint8Array): Promise<void> {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: "wx" });
    },
    async get(key: string): Promise<Buffer> {
      return readFile(resolve(key));
    },
    stream(key: string): ReadableStream<Uint8Array> {
      return Readable.toWeb(createReadStream(resolve(key))) as ReadableStream<Uint8Array>;
    },
    async delete(key: string): Promise<void> {
      await rm(resolve(key), { force: true });
    },
  };
}

export type FileStore = ReturnType<typeof localDiskStorage>;
