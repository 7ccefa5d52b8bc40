import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";

// The file's bytes; the OpenAPI document shows a File check as a binary string.
export const FileBytes = z.custom<File>((v) => v instanceof File);

export const FileTokenParams = z.object({ token: z.string().min(10).max(4096) });

export const storageEndpoints = {
  signedDownload: defineEndpoint({
    method: "GET", path: "/api/v1/files/{token}",
    summary: "Download a file through a signed, expiring link (local-disk storage); the link is the credential",
    tags: ["Files"], auth: "public", params: FileTokenParams,
    responses: { 200: FileBytes }, errors: [403, 404],
  }),
};
