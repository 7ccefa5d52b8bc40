import { authSecret, config } from "@/lib/config";
import { db } from "@/lib/db";
import { localDiskStorage } from "./local-disk";
import { s3Storage } from "./s3";
import type { FileStore } from "./types";
import { uploadthingStorage } from "./uploadthing";

export { FileNotFoundError, type FileStore, type SignedDownloadOptions } from "./types";
export { localDiskStorage } from "./local-disk";
export { s3Storage, type S3Options } from "./s3";
export { uploadthingStorage } from "./uploadthing";
export { openSignedDownload } from "./download";
export { contentDisposition } from "./content-disposition";

const state = ((globalThis as unknown as { offerpathStorage?: { store?: FileStore } }).offerpathStorage ??= {});

/** The configured store: UploadThing when UPLOADTHING_TOKEN is set, else S3 when S3_BUCKET is, else local disk. */
export function fileStore(): FileStore {
  if (state.store) return state.store;
  const { uploadthingToken, s3 } = config.storage;
  state.store = uploadthingToken
    ? uploadthingStorage(uploadthingToken)
    : s3
      ? s3Storage(s3)
      : localDiskStorage(config.uploadsDir, authSecret);
  return state.store;
}

/**
 * Stores a file for its owner under a generated key and records it; returns the record. The
 * caller decides the content type from the bytes (see lib/resumes): a client's name or type for
 * a file is never trusted. The name is kept as data, for showing and downloading.
 */
export async function saveUpload(input: { ownerId: string; prefix: string; data: Uint8Array; contentType: string; filename: string }) {
  const store = fileStore();
  const key = store.newKey(input.prefix);
  await store.put(key, input.data, input.contentType);
  try {
    return await db().storedFile.create({
      data: {
        ownerId: input.ownerId,
        storageKey: key,
        filename: input.filename.slice(0, 255),
        contentType: input.contentType,
        size: input.data.byteLength,
      },
    });
  } catch (err) {
    await store.delete(key);
    throw err;
  }
}

export async function storageHealth(): Promise<{ backend: FileStore["backend"]; ok: boolean; latency_ms: number; error?: string }> {
  const store = fileStore();
  const started = performance.now();
  try {
    await store.ping();
    return { backend: store.backend, ok: true, latency_ms: Math.round(performance.now() - started) };
  } catch (err) {
    return { backend: store.backend, ok: false, latency_ms: Math.round(performance.now() - started), error: (err as Error).message };
  }
}
