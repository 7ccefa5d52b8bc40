import { handle, json } from "@/lib/http/handle";
import { openApiDocument } from "@/lib/openapi";
import { openapiEndpoints } from "@/lib/openapi/endpoints";

// Returned as a Response: the document is built once per process and needs no output validation.
export const GET = handle(openapiEndpoints.openapiDocument, async () =>
  json(openApiDocument(), 200, { "cache-control": "public, max-age=300" }),
);
