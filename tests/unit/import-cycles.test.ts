import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * No import cycles: between modules (`lib/<module>`, and app/, components/, server/ as one node
 * each), and between files at run time. Parsed with the TypeScript compiler (already a
 * dependency), so `@/` paths, re-exports, `import type` and `import()` are read as TypeScript reads
 * them. eslint-plugin-import-x's no-cycle does the file level only, per file linted, and slowly;
 * the module level is what docs/architecture.md promises.
 *
 * The two registration lists (job and namespace modules) import the features that define jobs
 * and namespaces, which import lib/queue and lib/realtime: they are the composition root,
 * loaded by the processes at start, and their edges do not count.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["lib", "app", "components", "server"];
const COMPOSITION_ROOTS = new Set(["lib/queue/job-modules.ts", "lib/realtime/namespace-modules.ts"]);
const EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs"];

/**
 * Module edges that close a cycle today, to be removed; they are left out of the module graph.
 * A new cycle fails the test, and so does a listed edge that is gone (take it off the list).
 * - lib/http -> lib/auth: lib/http holds both the contract every module uses (errors.ts,
 *   endpoint.ts; lib/auth, lib/storage, lib/ai import them) and the route handler (handle.ts),
 *   which resolves the actor through lib/auth. Moving errors.ts and endpoint.ts to a module of
 *   their own (say lib/api) ends it.
 */
const KNOWN_BACK_EDGES = ["lib/http -> lib/auth"];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sourceFiles(full);
    return /\.(tsx?|mts)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return undefined; // a package
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  // `./x.js` written for ./x.ts
  if (/\.m?js$/.test(base)) candidates.push(base.replace(/\.m?js$/, ".ts"));
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

interface Edge {
  to: string;
  /** `import type`, or an import of types only: gone at run time. */
  typeOnly: boolean;
  dynamic: boolean;
}

function importsOf(file: string): Edge[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const edges: Edge[] = [];
  const add = (spec: ts.Expression | undefined, typeOnly: boolean, dynamic: boolean) => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const to = resolveImport(file, spec.text);
    if (to) edges.push({ to, typeOnly, dynamic });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const onlyTypeSpecifiers =
        !!clause && !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier, !!clause?.isTypeOnly || onlyTypeSpecifiers, false);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** `lib/<module>` for lib files; app, components and server are one node each. */
export function moduleOf(file: string): string {
  const parts = rel(file).split("/");
  return parts[0] === "lib" && parts.length > 2 ? `lib/${parts[1]}` : parts[0];
}

/** Strongly connected components of more than one node, or with a self-loop: Tarjan's algorithm. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const strongConnect = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component);
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) strongConnect(v);
  return found;
}

/** One concrete cycle through a component, for the failure message: a -> b -> ... -> a. */
function cyclePath(graph: Map<string, Set<string>>, component: string[]): string {
  const inside = new Set(component);
  const start = component.toSorted()[0];
  // Breadth-first from start back to start, inside the component.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const pathBack = [v];
        while (pathBack[0] !== start) pathBack.unshift(previous.get(pathBack[0])!);
        return [...pathBack, start].join(" -> ");
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return component.join(", ");
}

export function importGraph() {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const modules = new Map<string, Set<string>>();
  /** Which file imports make each module edge, for the failure message. */
  const because = new Map<string, string>();
  const runtimeFiles = new Map<string, Set<string>>();
  for (const file of files) {
    const from = moduleOf(file);
    if (!modules.has(from)) modules.set(from, new Set());
    runtimeFiles.set(rel(file), new Set());
    for (const edge of importsOf(file)) {
      if (!edge.dynamic && !edge.typeOnly) runtimeFiles.get(rel(file))!.add(rel(edge.to));
      const to = moduleOf(edge.to);
      if (to === from || COMPOSITION_ROOTS.has(rel(file)) || !SCANNED.includes(rel(edge.to).split("/")[0])) continue;
      modules.get(from)!.add(to);
      if (!because.has(`${from}>${to}`)) because.set(`${from}>${to}`, `${rel(file)} imports ${rel(edge.to)}`);
    }
  }
  return { modules, because, runtimeFiles };
}

describe("import cycles", () => {
  const { modules, because, runtimeFiles } = importGraph();

  it("reads the graph (a sanity check: known edges are there)", () => {
    expect(modules.get("lib/queue")).toContain("lib/db");
    expect(modules.get("server")).toContain("lib/realtime");
    expect(runtimeFiles.get("lib/realtime/server.ts")).toContain("lib/realtime/kit.ts");
  });

  it("has no cycle between modules (the known back edges aside, while they last)", () => {
    const gone = KNOWN_BACK_EDGES.filter((e) => {
      const [from, to] = e.split(" -> ");
      return !modules.get(from)?.has(to);
    });
    expect(gone, "known back edges that are gone: remove them from KNOWN_BACK_EDGES").toEqual([]);
    const graph = new Map([...modules].map(([from, tos]) => [from, new Set([...tos].filter((to) => !KNOWN_BACK_EDGES.includes(`${from} -> ${to}`)))]));
    const found = cycles(graph).map((component) => {
      const cycle = cyclePath(graph, component);
      const steps = cycle.split(" -> ");
      const why = steps.slice(1).map((to, i) => `    ${because.get(`${steps[i]}>${to}`)}`);
      return `${cycle}\n${why.join("\n")}`;
    });
    expect(found, `module cycles:\n${found.join("\n")}`).toEqual([]);
  });

  it("has no cycle between files at run time (type-only and dynamic imports aside)", () => {
    const found = cycles(runtimeFiles).map((component) => cyclePath(runtimeFiles, component));
    expect(found, `file cycles:\n${found.join("\n")}`).toEqual([]);
  });
});
