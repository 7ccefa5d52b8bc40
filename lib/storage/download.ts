import { authSecret } from "@/lib/config";
import { ApiError, errors } from "@/lib/http/errors";
import { contentDisposition } from "./content-disposition";
import { verifyDownload } from "./signed-token";
import { FileNotFoundError, type FileStore } from "./types";

/**
 * Opens the file a local-disk download link grants. The link is the credential, so an altered,
 * made-up or expired one gets the same answer.
 */
export async function openSignedDownload(
  store: FileStore,
  token: string,
): Promise<{ body: ReadableStream<Uint8Array>; headers: Record<string, string> }> {
  // Links of S3 and UploadThing point at those services, never here.
  if (store.backend !== "local") throw errors.notFound("File");
  const grant = verifyDownload(token, authSecret());
  if (!grant) throw new ApiError("FORBIDDEN", "This download link is invalid or has expired", undefined, 403);
  try {
    const body = await store.stream(grant.key);
    return {
      body,
      headers: {
        "content-type": grant.contentType ?? "application/octet-stream",
        "content-disposition": contentDisposition(grant.filename ?? grant.key.split("/").pop()!),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    };
  } catch (err) {
    if (err instanceof FileNotFoundError) throw errors.notFound("File");
    throw err;
  }
}
