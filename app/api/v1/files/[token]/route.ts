import { handle } from "@/lib/http/handle";
import { fileStore, openSignedDownload } from "@/lib/storage";
import { storageEndpoints } from "@/lib/storage/endpoints";

export const GET = handle(storageEndpoints.signedDownload, async ({ params }) => {
  const file = await openSignedDownload(fileStore(), params.token);
  return new Response(file.body, { status: 200, headers: file.headers });
});
