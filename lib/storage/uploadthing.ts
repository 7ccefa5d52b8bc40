import { UTApi, UTFile } from "uploadthing/server";
import { assertKey, newStorageKey } from "./keys";
import { FileNotFoundError, type FileStore } from "./types";

/**
 * Our key as an UploadThing custom id. UploadThing names files by its own keys, so we attach
 * ours as the custom id and address files by it; custom ids sit in one URL segment
 * (`https://<app>.ufs.sh/f/<custom id>`), so "/" becomes "_", which our keys never contain:
 * the mapping cannot merge two keys.
 */
export function uploadthingCustomId(key: string): string {
  const id = assertKey(key).replaceAll("/", "_");
  if (id.length > 128) throw new Error(`storage key too long for UploadThing: ${key}`);
  return id;
}

/** Files on UploadThing (UPLOADTHING_TOKEN), through its server SDK. */
export function uploadthingStorage(token: string): FileStore {
  const api = new UTApi({ token, logLevel: "Error" });
  const byCustomId = { keyType: "customId" } as const;

  async function fetchFile(key: string): Promise<Response> {
    const { ufsUrl } = await api.generateSignedURL(uploadthingCustomId(key), { ...byCustomId, expiresIn: 60 });
    const res = await fetch(ufsUrl);
    if (res.status === 404) throw new FileNotFoundError(key);
    if (!res.ok || !res.body) throw new Error(`UploadThing answered ${res.status} for ${key}`);
    return res;
  }

  return {
    backend: "uploadthing",
    newKey: newStorageKey,
    async put(key, data, contentType) {
      const name = key.split("/").pop()!;
      const file = new UTFile([new Uint8Array(data)], name, { customId: uploadthingCustomId(key), type: contentType ?? "application/octet-stream" });
      const result = await api.uploadFiles(file);
      if (result.error) throw new Error(`UploadThing upload failed: ${result.error.code} ${result.error.message}`);
    },
    async get(key) {
      return Buffer.from(await (await fetchFile(key)).arrayBuffer());
    },
    async stream(key) {
      return (await fetchFile(key)).body as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await api.deleteFiles(uploadthingCustomId(key), byCustomId);
    },
    // UploadThing serves the file under the name it was uploaded with; `filename` cannot change it.
    async signedDownloadUrl(key, opts) {
      const expiresIn = Math.min(Math.max(1, Math.floor(opts.expiresIn)), 7 * 24 * 3600 - 1);
      return (await api.generateSignedURL(uploadthingCustomId(key), { ...byCustomId, expiresIn })).ufsUrl;
    },
    async ping() {
      await api.listFiles({ limit: 1 });
    },
  };
}
