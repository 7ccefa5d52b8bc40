import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertKey, newStorageKey } from "./keys";
import { signDownload } from "./signed-token";
import { FileNotFoundError, type FileStore } from "./types";

const missing = (err: unknown) => (err as NodeJS.ErrnoException)?.code === "ENOENT";

/**
 * Files on local disk under one root. Download links point at this app's
 * `/api/v1/files/{token}`, signed with `secret()` (read lazily: the secret may live in the data
 * folder, created at first start).
 */
export function localDiskStorage(root: string, secret: () => string = () => ""): FileStore {
  const resolve = (key: string) => path.join(root, assertKey(key));
  return {
    backend: "local",
    newKey: newStorageKey,
    async put(key, data) {
      const file = resolve(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write aside, then rename: a reader never sees half a file.
      const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      await writeFile(temp, data);
      await rename(temp, file);
    },
    async get(key) {
      try {
        return await readFile(resolve(key));
      } catch (err) {
        throw missing(err) ? new FileNotFoundError(key) : err;
      }
    },
    async stream(key) {
      const file = resolve(key);
      // Fail before streaming starts, so a missing file is an error and not a cut-off response.
      await stat(file).catch((err) => Promise.reject(missing(err) ? new FileNotFoundError(key) : err));
      return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(resolve(key), { force: true });
    },
    async signedDownloadUrl(key, opts) {
      const expiresAt = Math.floor(Date.now() / 1000) + Math.max(1, Math.floor(opts.expiresIn));
      const token = signDownload({ key: assertKey(key), expiresAt, filename: opts.filename, contentType: opts.contentType }, secret());
      return `/api/v1/files/${token}`;
    },
    async ping() {
      await mkdir(root, { recursive: true });
      await access(root, 2 /* W_OK */);
    },
  };
}
