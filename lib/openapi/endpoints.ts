import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";

/** A loose check of the document's top level; the coverage test validates it for real. */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export const openapiEndpoints = {
  openapiDocument: defineEndpoint({
    method: "GET", path: "/api/openapi.json", summary: "This OpenAPI 3.1 document (rendered at /docs)", tags: ["Meta"],
    auth: "public", responses: { 200: OpenApiDocumentSchema },
  }),
};
