export { buildOpenApiDocument, collectOperations, errorStatuses, openApiDocument } from "./document";
export type { DocumentedOperation, JsonSchema, OpenApiDocument, OpenApiOperation } from "./document";
export { endpointCollections, type EndpointCollection } from "./registry";
