import { z } from "zod";
import packageJson from "@/package.json";
import type { HttpMethod } from "@/lib/http/endpoint";
import { endpointCollections, schemaSources, type AnyEndpoint, type EndpointCollection } from "./registry";
import { ErrorEnvelopeSchema } from "./schemas";

// Builds the OpenAPI 3.1 document from the endpoint definitions the route handlers run on
// (lib/http/endpoint.ts), converting their zod schemas with zod's own JSON Schema output.
// OpenAPI 3.1 schemas are JSON Schema 2020-12, so zod's output is used as it is.

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Schema and OpenAPI objects are open-ended */
export type JsonSchema = Record<string, any>;
type Io = "input" | "output";

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  tags: Array<{ name: string }>;
  paths: Record<string, Partial<Record<Lowercase<HttpMethod>, OpenApiOperation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
}

export interface DocumentedOperation {
  operationId: string;
  module: string;
  endpoint: AnyEndpoint;
}

const COMPONENTS = "#/components/schemas/";
const ERROR_REF = { $ref: `${COMPONENTS}ErrorEnvelope` };

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Malformed body (INVALID_JSON, BAD_REQUEST)",
  401: "Missing, invalid or expired token, or an ended session (UNAUTHORIZED, TOKEN_EXPIRED)",
  403: "Authenticated but not allowed: wrong role, guest, or a cross-site cookie request (FORBIDDEN)",
  404: "Not found, or not yours (NOT_FOUND or a specific *_NOT_FOUND code)",
  409: "Conflicts with existing data (CONFLICT)",
  413: "Body larger than the limit (PAYLOAD_TOO_LARGE)",
  415: "Wrong Content-Type (UNSUPPORTED_MEDIA_TYPE)",
  422: "Input failed validation; details.issues lists each problem (VALIDATION_ERROR)",
  429: "Rate limit exceeded; retry after Retry-After seconds (RATE_LIMITED)",
  500: "Unexpected failure; the cause is logged, never returned (INTERNAL_ERROR)",
  503: "A dependency is unavailable (SERVICE_UNAVAILABLE)",
};

const DESCRIPTION = `One API for every part of Offerpath, with one account and one token:

- **Accounts**: sign-up, sign-in, profiles and companies, for candidates, companies, learners and guests
- **Learning**: goals, planned courses of modules, lessons and a tutor chat (\`/api/auth\`, \`/api/tracks\` ...)
- **Hiring**: vacancies, applications with an instant fit check, screening interviews and statuses (\`/api/login\`, \`/api/vacancies\` ...)
- **Resume analysis**: upload, parse, score and rank resumes, one by one or in batches (\`/api/v1/resumes\`, \`/api/v1/batch\` ...)
- **Coding interviews**: live coding rooms with tests, chat, anti-cheat signals and reports (\`/api/interviews\` ...)
- **Resume builder**: an AI interviewer that writes a resume (\`/api/v1/auth\`, \`/api/v1/user\`, \`/api/v1/interview\`; also at \`/v1/*\`)

Only the operations listed below are served today: accounts, vacancies (Hiring), resume analysis,
coding interviews, AI settings, monitoring, jobs and files; each part's endpoints are added as it ships. Paths, field names and status codes follow
the clients these parts were built for: some speak camelCase, others snake_case.

**Authentication**: \`Authorization: Bearer <token>\` with a token from any login endpoint; it works
everywhere.

**Errors** share one envelope (\`ErrorEnvelope\`):
\`{"error": {"code": "VALIDATION_ERROR", "message": "...", "details": {...}}, "detail": "..."}\`;
\`detail\` repeats the message for FastAPI-style clients.

**Limits**: a per-client rate limit (100 requests a minute by default; 429 with Retry-After), files up
to 10 MB, pages of at most 100 items.`;

/** Every endpoint of every registered module, with a unique operationId. */
export function collectOperations(collections: Record<string, EndpointCollection> = endpointCollections): DocumentedOperation[] {
  const ops: DocumentedOperation[] = [];
  const ids = new Set<string>();
  const routes = new Map<string, string>();
  for (const [module, collection] of Object.entries(collections)) {
    for (const [key, endpoint] of Object.entries(collection)) {
      const operationId = ids.has(key) ? `${module}_${key}` : key;
      const route = `${endpoint.method} ${endpoint.path}`;
      const clash = routes.get(route);
      if (clash) throw new Error(`${route} is defined twice: ${clash} and ${operationId}`);
      routes.set(route, operationId);
      ids.add(operationId);
      ops.push({ operationId, module, endpoint });
    }
  }
  return ops;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A multipart file field: `z.instanceof(File)` (refined or not) or a custom check that accepts
 * a File and nothing else. zod cannot represent it, so it becomes a binary string.
 */
function isFileCheck(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; fn?: (v: unknown) => unknown };
  if (def.type !== "custom" || typeof def.fn !== "function") return false;
  try {
    return def.fn(new File([""], "probe.txt")) === true && def.fn("probe") !== true;
  } catch {
    return false;
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Drops what zod adds for standalone documents but OpenAPI components don't want. */
function tidy(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidy);
  if (!node || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "$schema" || k === "$id") continue;
    // z.number().int() states the safe-integer range, which says nothing to a reader.
    if ((k === "minimum" && v === -MAX_SAFE) || (k === "maximum" && v === MAX_SAFE)) continue;
    out[k] = tidy(v);
  }
  return out;
}

function refsIn(node: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && v.startsWith(COMPONENTS)) found.add(v.slice(COMPONENTS.length));
      else refsIn(v, found);
    }
  }
  return found;
}

/** Rewrites each component $ref of a schema: `to` gets the component name, returns the new $ref. */
function mapRefs(node: unknown, to: (name: string) => string): unknown {
  if (Array.isArray(node)) return node.map((n) => mapRefs(n, to));
  if (!node || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === "$ref" && typeof v === "string" && v.startsWith(COMPONENTS) ? to(v.slice(COMPONENTS.length)) : mapRefs(v, to);
  }
  return out;
}

/**
 * Names every schema and converts them all twice, as requests see them (io "input": defaults
 * optional, coercions) and as responses do (io "output"). A schema used both ways whose two
 * forms differ is listed twice, the request form as `<Name>Input`.
 */
class SchemaSet {
  private names = new Map<z.ZodType, string>();
  private taken = new Set<string>();
  private converted?: { input: Record<string, JsonSchema>; output: Record<string, JsonSchema> };

  constructor(sources: Record<string, unknown>[]) {
    for (const source of sources) {
      for (const [name, value] of Object.entries(source)) {
        if (value instanceof z.ZodType && !this.names.has(value) && !this.taken.has(name)) this.add(value, name);
      }
    }
  }

  private add(schema: z.ZodType, name: string) {
    this.names.set(schema, name);
    this.taken.add(name);
  }

  /** The component name of a schema, naming it after its use if no source exported it. */
  nameOf(schema: z.ZodType, fallback: string): string {
    const known = this.names.get(schema);
    if (known) return known;
    let name = fallback;
    for (let i = 2; this.taken.has(name); i++) name = `${fallback}${i}`;
    this.add(schema, name);
    return name;
  }

  /** Every named schema in JSON Schema form, per direction. Call after the last nameOf. */
  convert(io: Io): Record<string, JsonSchema> {
    this.converted ??= { input: this.convertAll("input"), output: this.convertAll("output") };
    return this.converted[io];
  }

  private convertAll(io: Io): Record<string, JsonSchema> {
    const registry = z.registry<{ id: string }>();
    for (const [schema, id] of this.names) registry.add(schema, { id });
    const { schemas } = z.toJSONSchema(registry, {
      io,
      unrepresentable: "any",
      uri: (id) => COMPONENTS + id,
      override: ({ zodSchema, jsonSchema }) => {
        if (isFileCheck(zodSchema)) Object.assign(jsonSchema, { type: "string", format: "binary" });
      },
    });
    return tidy(schemas) as Record<string, JsonSchema>;
  }
}

/** A $ref placeholder ("input:Name") until the request/response forms of each schema are reconciled. */
const pending = (name: string, io: Io) => ({ $ref: `${io}:${name}` });
const PENDING = /^(input|output):(.+)$/;

/** Turns a converted schema's component refs into placeholders of one direction. */
const markRefs = (node: unknown, io: Io) => mapRefs(node, (name) => `${io}:${name}`);

function errorResponse(status: number): JsonSchema {
  const response: JsonSchema = {
    description: ERROR_DESCRIPTIONS[status] ?? "Error",
    content: { "application/json": { schema: ERROR_REF } },
  };
  if (status === 429) {
    response.headers = { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } };
  }
  return response;
}

/** Error statuses an endpoint can answer with, from what `handle` does for its definition. */
export function errorStatuses(e: AnyEndpoint): number[] {
  const statuses = new Set<number>(e.errors ?? []);
  if (e.body) [400, 413, 415].forEach((s) => statuses.add(s));
  if (e.auth !== "public") statuses.add(401);
  if (e.auth === "user") statuses.add(403);
  if (/\{[^}]+\}/.test(e.path)) statuses.add(404);
  if (e.body || e.query || e.params) statuses.add(e.validationStatus ?? 422);
  statuses.add(429);
  statuses.add(500);
  return [...statuses].sort((a, b) => a - b);
}

function authDescription(e: AnyEndpoint): string | undefined {
  if (e.auth === "public") return undefined;
  if (e.auth === "optional") return "A bearer token is optional; when given, it must be valid.";
  const roles = e.roles ?? ["candidate", "company", "admin"];
  return `Requires a bearer token. Roles: ${roles.join(", ")}${roles.includes("guest") ? "" : " (guests are refused)"}.`;
}

export function buildOpenApiDocument(
  collections: Record<string, EndpointCollection> = endpointCollections,
  sources: Record<string, unknown>[] = schemaSources,
): OpenApiDocument {
  const schemas = new SchemaSet([...sources, { ErrorEnvelope: ErrorEnvelopeSchema }]);
  schemas.nameOf(ErrorEnvelopeSchema, "ErrorEnvelope");
  const ops = collectOperations(collections);

  // First pass: name every schema an operation uses, so one conversion covers them all.
  const named = ops.map(({ operationId, endpoint: e }) => ({
    body: e.body ? schemas.nameOf(e.body, `${pascal(operationId)}Request`) : undefined,
    query: e.query ? schemas.nameOf(e.query, `${pascal(operationId)}Query`) : undefined,
    params: e.params ? schemas.nameOf(e.params, `${pascal(operationId)}Params`) : undefined,
    responses: Object.fromEntries(
      Object.entries(e.responses as Record<string, z.ZodType | null>).map(([status, s]) => [
        status,
        s ? schemas.nameOf(s, `${pascal(operationId)}Response${status === "200" ? "" : status}`) : null,
      ]),
    ),
  }));
  const input = schemas.convert("input");
  const output = schemas.convert("output");

  const paths: OpenApiDocument["paths"] = {};
  const tags: string[] = [];
  ops.forEach(({ operationId, endpoint: e }, i) => {
    const n = named[i];
    const op: OpenApiOperation & { requestBody?: JsonSchema } = { operationId, summary: e.summary, tags: e.tags, responses: {} };
    e.tags.forEach((t: string) => tags.includes(t) || tags.push(t));
    const description = authDescription(e);
    if (description) op.description = description;
    if (e.auth === "user") op.security = [{ bearerAuth: [] }];
    if (e.auth === "optional") op.security = [{ bearerAuth: [] }, {}];

    const parameters: JsonSchema[] = [];
    const pathProps = n.params ? (input[n.params]?.properties ?? {}) : {};
    for (const [, name] of e.path.matchAll(/\{([^}]+)\}/g)) {
      parameters.push({ name, in: "path", required: true, schema: markRefs(pathProps[name] ?? { type: "string" }, "input") });
    }
    if (n.query) {
      const q = input[n.query];
      if (q?.type === "object" && q.properties) {
        const required: string[] = q.required ?? [];
        for (const [name, schema] of Object.entries<JsonSchema>(q.properties)) {
          const { description: about, ...rest } = schema;
          parameters.push({
            name,
            in: "query",
            required: required.includes(name),
            ...(about ? { description: about } : {}),
            schema: markRefs(rest, "input"),
          });
        }
      } else {
        // Not a plain object (a union, an intersection): one form-exploded parameter says the same.
        parameters.push({ name: "query", in: "query", style: "form", explode: true, schema: pending(n.query, "input") });
      }
    }
    if (parameters.length) op.parameters = parameters;

    if (e.body && n.body) {
      const schema = pending(n.body, "input");
      const content: JsonSchema =
        e.bodyType === "multipart"
          ? { "multipart/form-data": { schema } }
          : e.bodyType === "json-or-form"
            ? { "application/json": { schema }, "application/x-www-form-urlencoded": { schema } }
            : { "application/json": { schema } };
      // `handle` validates a missing body as {}; if {} passes, the body is optional.
      let required = true;
      try {
        required = !e.body.safeParse({}).success;
      } catch {
        /* an async refinement: treat the body as required */
      }
      op.requestBody = { required, content };
    }

    for (const [status, name] of Object.entries(n.responses)) {
      // `handle` answers 204 when a 200 endpoint has no body.
      const code = name === null && status === "200" ? "204" : status;
      op.responses[code] =
        name === null
          ? { description: "No content" }
          : { description: "Success", content: { "application/json": { schema: pending(name, "output") } } };
    }
    for (const status of errorStatuses(e)) op.responses[String(status)] ??= errorResponse(status);

    const method = e.method.toLowerCase() as Lowercase<HttpMethod>;
    (paths[e.path] ??= {})[method] = op;
  });

  const components = reconcile(paths, input, output);
  return {
    openapi: "3.1.0",
    info: { title: "Offerpath API", version: packageJson.version, description: DESCRIPTION },
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "An access token from any login endpoint (/api/v1/auth/login, /api/auth/login, /api/login ...)",
        },
      },
    },
  };
}

/**
 * Replaces the placeholders with $refs and keeps only the components reachable from the
 * paths. Where a schema's request and response forms differ, the request form is `<Name>Input`.
 */
function reconcile(
  paths: OpenApiDocument["paths"],
  input: Record<string, JsonSchema>,
  output: Record<string, JsonSchema>,
): Record<string, JsonSchema> {
  const reach = { input: new Set<string>(), output: new Set<string>() };
  const visit = (name: string, io: Io) => {
    if (reach[io].has(name)) return;
    reach[io].add(name);
    for (const ref of refsIn((io === "input" ? input : output)[name])) visit(ref, io);
  };
  visit("ErrorEnvelope", "output");
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        const m = k === "$ref" && typeof v === "string" ? PENDING.exec(v) : null;
        if (m) visit(m[2], m[1] as Io);
        else walk(v);
      }
    }
  };
  walk(paths);

  // An input form needs its own name if it differs from the output form, or refers to one that does.
  const inputName = new Map<string, string>();
  const nameForInput = (name: string, seen = new Set<string>()): string => {
    const known = inputName.get(name);
    if (known) return known;
    if (!reach.output.has(name) || seen.has(name)) return name;
    seen.add(name);
    const differs =
      JSON.stringify(input[name]) !== JSON.stringify(output[name]) ||
      [...refsIn(input[name])].some((ref) => nameForInput(ref, seen) !== ref);
    const result = differs ? `${name}Input` : name;
    inputName.set(name, result);
    return result;
  };

  const components: Record<string, JsonSchema> = {};
  for (const name of reach.output) components[name] = output[name];
  for (const name of reach.input) {
    const finalName = nameForInput(name);
    if (!(finalName in components)) components[finalName] = mapRefs(input[name], (ref) => COMPONENTS + nameForInput(ref)) as JsonSchema;
  }

  const replace = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(replace);
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      const m = k === "$ref" && typeof v === "string" ? PENDING.exec(v) : null;
      if (m) node[k] = COMPONENTS + (m[1] === "input" ? nameForInput(m[2]) : m[2]);
      else replace(v);
    }
  };
  replace(paths);
  return Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b)));
}

let cached: OpenApiDocument | undefined;

/** The document for this process, built once: the endpoints cannot change while it runs. */
export function openApiDocument(): OpenApiDocument {
  return (cached ??= buildOpenApiDocument());
}
