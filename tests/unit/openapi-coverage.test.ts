import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/openapi";

// Every API route file must be in the OpenAPI document, and every documented operation must
// have a route file. The document comes from the endpoint registry (lib/openapi/registry.ts), so
// a route whose endpoint was never registered fails here.

const API_DIR = path.join(process.cwd(), "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Catch-all routes that are deliberately not in the document, each with its reason. */
const UNDOCUMENTED_CATCH_ALLS: Record<string, string> = {
  "/api/authjs/[...nextauth]": "Auth.js's own browser endpoints (sign-in form, session, sign-out), not part of the REST API",
  "/api/[...unknown]": "the JSON 404 fallback for unknown /api paths",
};

interface RouteFile {
  file: string;
  /** OpenAPI-style path: /api/vacancies/{vacancy_id} */
  path: string;
  methods: string[];
}

function findRouteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findRouteFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** The HTTP methods a route module exports, in the forms this codebase writes them. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  const alt = METHODS.join("|");
  for (const m of source.matchAll(new RegExp(`export\\s+(?:const|let|var)\\s+(${alt})\\b`, "g"))) found.add(m[1]);
  for (const m of source.matchAll(new RegExp(`export\\s+(?:async\\s+)?function\\s+(${alt})\\b`, "g"))) found.add(m[1]);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}/g)) {
    for (const name of m[1].split(",")) {
      const exported = name.split(":").pop()!.trim();
      if ((METHODS as readonly string[]).includes(exported)) found.add(exported);
    }
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of m[1].split(",")) {
      const exported = name.split(/\s+as\s+/).pop()!.trim();
      if ((METHODS as readonly string[]).includes(exported)) found.add(exported);
    }
  }
  return [...found].sort();
}

/** app/api/v1/resumes/[id]/route.ts -> /api/v1/resumes/{id}; route groups "(x)" vanish. */
function routePath(file: string): string {
  const segments = path
    .relative(path.join(process.cwd(), "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => (/^\[[^.[\]]+\]$/.test(s) ? `{${s.slice(1, -1)}}` : s));
  return `/${segments.join("/")}`;
}

function routeFiles(): RouteFile[] {
  return findRouteFiles(API_DIR).map((file) => ({
    file: path.relative(process.cwd(), file),
    path: routePath(file),
    methods: exportedMethods(readFileSync(file, "utf8")),
  }));
}

function operations(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
}

describe("OpenAPI coverage", () => {
  const doc = buildOpenApiDocument();
  const routes = routeFiles();

  it("finds the route files and their methods", () => {
    // Guards the walker itself: if these fail, the checks below prove nothing.
    const me = routes.find((r) => r.path === "/api/auth/me");
    expect(me?.methods).toEqual(["GET"]);
    expect(routes.find((r) => r.path === "/api/v1/user/profile")?.methods).toEqual(["GET", "PATCH"]);
    expect(routes.find((r) => r.path === "/api/authjs/[...nextauth]")?.methods).toEqual(["GET", "POST"]);
    expect(exportedMethods("export async function DELETE(req: Request) {}")).toEqual(["DELETE"]);
    expect(exportedMethods("export { handler as GET, handler as POST };")).toEqual(["GET", "POST"]);
    expect(routePath(path.join(API_DIR, "v1", "resumes", "[resume_id]", "route.ts"))).toBe("/api/v1/resumes/{resume_id}");
  });

  it("documents every route and method under app/api", () => {
    const documented = new Set(operations(doc));
    const missing: string[] = [];
    for (const route of routes) {
      if (route.path.includes("[...") || route.path.includes("[[...")) {
        if (!UNDOCUMENTED_CATCH_ALLS[route.path]) missing.push(`${route.file}: catch-all route not in UNDOCUMENTED_CATCH_ALLS`);
        continue;
      }
      if (route.methods.length === 0) missing.push(`${route.file}: exports no HTTP method this test recognises`);
      for (const method of route.methods) {
        if (!documented.has(`${method} ${route.path}`)) missing.push(`${method} ${route.path} (${route.file})`);
      }
    }
    expect(missing, "routes missing from the OpenAPI document: register their endpoints in lib/openapi/registry.ts").toEqual([]);
  });

  it("has a route file for every documented operation", () => {
    const served = new Set(routes.flatMap((r) => r.methods.map((m) => `${m} ${r.path}`)));
    const orphans = operations(doc).filter((op) => !served.has(op));
    expect(orphans, "documented operations without a route file (or with different path parameter names)").toEqual([]);
  });
});

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it("is OpenAPI 3.1 with info, paths and components", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("Offerpath API");
    expect(doc.info.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("resolves every $ref and gives every operation responses", () => {
    const unresolved: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}/${i}`));
      if (!node || typeof node !== "object") return;
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref") {
          const target = String(v)
            .replace(/^#\//, "")
            .split("/")
            .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc);
          if (target === undefined) unresolved.push(`${where}: ${v}`);
        } else visit(v, `${where}/${k}`);
      }
    };
    visit(doc, "#");
    expect(unresolved).toEqual([]);
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        expect(Object.keys(op!.responses).length, `${method} ${p}`).toBeGreaterThan(1);
        expect(op!.responses["500"], `${method} ${p}`).toBeDefined();
      }
    }
  });

  it("passes a real OpenAPI 3.1 validator", async () => {
    // The validator dereferences in place; give it a copy.
    const api = (await SwaggerParser.validate(structuredClone(doc) as never)) as { openapi?: string };
    expect(api.openapi).toBe("3.1.0");
    // About 5 s of CPU now that the document has grown: past vitest's default 5 s on a busy machine.
  }, 60_000);

  it("the validator does reject a broken document", async () => {
    const broken = structuredClone(doc) as unknown as { paths: Record<string, Record<string, { responses: unknown }>> };
    broken.paths["/api/auth/me"].get.responses = { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } } } };
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow();
  }, 60_000);
});
