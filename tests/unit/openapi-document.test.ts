import { describe, expect, it } from "vitest";
import { z } from "zod";
import { envelope, errors } from "@/lib/http/errors";
import { defineEndpoint } from "@/lib/http/endpoint";
import { buildOpenApiDocument, openApiDocument } from "@/lib/openapi";
import { ErrorEnvelopeSchema } from "@/lib/openapi/schemas";

// How endpoint definitions become operations, on a small made-up module and on the real one.

const Item = z.object({ id: z.uuid(), name: z.string(), created_at: z.iso.datetime() });
const ItemPatch = z.strictObject({ name: z.string().min(1), size: z.coerce.number().int().default(1) });
const Upload = z.strictObject({ title: z.string(), file: z.instanceof(File).refine((f) => f.size > 0) });
const Page = z.strictObject({ page: z.coerce.number().int().min(1).default(1), status: z.enum(["open", "closed"]).optional() });

const demo = {
  getItem: defineEndpoint({
    method: "GET", path: "/api/items/{item_id}", summary: "One item", tags: ["Items"], auth: "optional",
    params: z.object({ item_id: z.uuid() }), responses: { 200: Item },
  }),
  listItems: defineEndpoint({
    method: "GET", path: "/api/items", summary: "Items", tags: ["Items"], auth: "public",
    query: Page, responses: { 200: z.object({ items: z.array(Item) }) },
  }),
  patchItem: defineEndpoint({
    method: "PATCH", path: "/api/items/{item_id}", summary: "Edit", tags: ["Items"], auth: "user", roles: ["company"],
    body: ItemPatch, bodyType: "json-or-form", responses: { 200: ItemPatch }, errors: [409],
  }),
  deleteItem: defineEndpoint({
    method: "DELETE", path: "/api/items/{item_id}", summary: "Delete", tags: ["Items"], auth: "user", responses: { 200: null },
  }),
  upload: defineEndpoint({
    method: "POST", path: "/api/uploads", summary: "Upload", tags: ["Files"], auth: "user",
    body: Upload, bodyType: "multipart", responses: { 201: Item },
  }),
};

const doc = buildOpenApiDocument({ demo }, [{ Item, ItemPatch }]);
const schemaOf = (ref: unknown) => doc.components.schemas[String((ref as { $ref: string }).$ref).split("/").pop()!];

describe("OpenAPI operations from endpoint definitions", () => {
  it("maps auth modes to security requirements", () => {
    expect(doc.paths["/api/items"].get!.security).toBeUndefined();
    expect(doc.paths["/api/items/{item_id}"].get!.security).toEqual([{ bearerAuth: [] }, {}]);
    expect(doc.paths["/api/items/{item_id}"].patch!.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths["/api/items/{item_id}"].patch!.description).toContain("company");
  });

  it("documents path and query parameters from their schemas", () => {
    expect(doc.paths["/api/items/{item_id}"].get!.parameters).toEqual([
      { name: "item_id", in: "path", required: true, schema: expect.objectContaining({ type: "string", format: "uuid" }) },
    ]);
    // A path parameter without a params schema is still declared.
    expect(doc.paths["/api/items/{item_id}"].delete!.parameters).toEqual([{ name: "item_id", in: "path", required: true, schema: { type: "string" } }]);
    expect(doc.paths["/api/items"].get!.parameters).toEqual([
      { name: "page", in: "query", required: false, schema: expect.objectContaining({ type: "integer", default: 1, minimum: 1 }) },
      { name: "status", in: "query", required: false, schema: { type: "string", enum: ["open", "closed"] } },
    ]);
  });

  it("gives multipart file fields a binary format and json-or-form both media types", () => {
    const upload = doc.paths["/api/uploads"].post!.requestBody!;
    expect(Object.keys(upload.content)).toEqual(["multipart/form-data"]);
    expect(schemaOf(upload.content["multipart/form-data"].schema).properties.file).toEqual({ type: "string", format: "binary" });
    const patch = doc.paths["/api/items/{item_id}"].patch!.requestBody!;
    expect(Object.keys(patch.content).sort()).toEqual(["application/json", "application/x-www-form-urlencoded"]);
  });

  it("names request and response forms apart when they differ", () => {
    const patch = doc.paths["/api/items/{item_id}"].patch!;
    // In a request `size` may be left out (it has a default); in the response it is always there.
    expect(patch.requestBody!.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ItemPatchInput" });
    expect(patch.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ItemPatch" });
    expect(doc.components.schemas.ItemPatch.required).toEqual(["name", "size"]);
    expect(doc.components.schemas.ItemPatchInput.required).toEqual(["name"]);
    // Unnamed schemas are named after their operation.
    expect(doc.paths["/api/items"].get!.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ListItemsResponse" });
  });

  it("lists the error statuses each endpoint can produce", () => {
    const codes = (p: string, m: "get" | "patch" | "delete" | "post") => Object.keys(doc.paths[p][m]!.responses);
    expect(codes("/api/items", "get")).toEqual(["200", "422", "429", "500"]);
    expect(codes("/api/items/{item_id}", "get")).toEqual(["200", "401", "404", "422", "429", "500"]);
    expect(codes("/api/items/{item_id}", "patch")).toEqual(["200", "400", "401", "403", "404", "409", "413", "415", "422", "429", "500"]);
    expect(codes("/api/items/{item_id}", "delete")).toEqual(["204", "401", "403", "404", "429", "500"]);
    expect(doc.paths["/api/items"].get!.responses["429"].headers["Retry-After"]).toBeDefined();
    expect(doc.paths["/api/items"].get!.responses["500"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ErrorEnvelope" });
  });

  it("refuses two definitions of one method and path", () => {
    expect(() => buildOpenApiDocument({ a: { x: demo.listItems }, b: { y: demo.listItems } })).toThrow(/defined twice/);
  });
});

describe("the real document", () => {
  it("describes the error envelope the server sends", () => {
    const sent = envelope(errors.validation("Invalid body: email: bad", { issues: [] }), "req-1");
    expect(ErrorEnvelopeSchema.strict().parse(sent)).toEqual(sent);
    const schema = openApiDocument().components.schemas.ErrorEnvelope;
    expect(schema.required).toEqual(["error", "detail"]);
    expect(schema.properties.error.required).toEqual(["code", "message"]);
  });

  it("is built once per process", () => {
    expect(openApiDocument()).toBe(openApiDocument());
  });

  it("documents the accounts API with its seeds' shapes", () => {
    const d = openApiDocument();
    expect(d.paths["/api/auth/me"].get!.security).toEqual([{ bearerAuth: [] }]);
    expect(d.paths["/api/companies"].get!.security).toBeUndefined();
    expect(Object.keys(d.paths["/api/register"].post!.requestBody!.content)).toEqual(["multipart/form-data"]);
    expect(d.components.schemas.ResumeFile).toEqual({ type: "string", format: "binary" });
    expect(Object.keys(d.paths["/api/auth/login"].post!.requestBody!.content).sort()).toEqual([
      "application/json",
      "application/x-www-form-urlencoded",
    ]);
    expect(d.paths["/api/openapi.json"].get).toBeDefined();
  });
});
