import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { localDiskStorage, type FileStore } from "./local-disk";

const state = ((globalThis as unknown as { offerpathStorage?: { store?: FileStore } }).offerpathStorage ??= {});

export function fileStore(): FileStore {
  return (state.store ??= localDiskStorage(config.uploadsDir));
}

/** Stores an uploaded file for its owner and records it; returns the record. */
export async function saveUpload(input: { ownerId: string; file: File; prefix: string }) {
  const store = fileStore();
  const key = store.newKey(input.prefix);
  await store.put(key, new Uint8Array(await input.file.arrayBuffer()));
  try {
    return await db().storedFile.create({
      data: {
        ownerId: input.ownerId,
        storageKey: key,
        filename: input.file.name.slice(0, 255),
        contentType: input.file.type || "application/octet-stream",
        size: input.file.size,
      },
    });
  } catch (err) {
    await store.delete(key);
    throw err;
  }
}
