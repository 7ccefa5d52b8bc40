#!/usr/bin/env node
// Compiles the custom server (server/index.ts and the lib/ code it imports) into one ES module,
// dist/server.mjs, with npm packages left as imports. Running compiled JS instead of through
// tsx's loader hooks starts faster and serves about a fifth more requests a second.
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
await build({
  entryPoints: [path.join(root, "server/index.ts")],
  outfile: path.join(root, "dist/server.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
  absWorkingDir: root,
});
