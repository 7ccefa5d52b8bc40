#!/usr/bin/env node
// `npm start`: generate the Prisma client, build once (again only when sources changed), then
// compile the custom server (Next + Socket.IO) and serve the production build on PORT (3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "./server-flags.mjs";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };

function run(cmd, args, extraEnv = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === "node_modules" || entry.startsWith(".") || entry === "generated") continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

run("npx", ["prisma", "generate"], { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false" });

const buildId = path.join(root, distDir, "BUILD_ID");
const sources = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.mjs", "package-lock.json", "proxy.ts"];
const stale = !existsSync(buildId) || sources.some((s) => newestMtime(path.join(root, s)) > statSync(buildId).mtimeMs);
if (stale) {
  console.log(`Building the app into ${distDir} (first start, or sources changed)...`);
  run("npx", ["next", "build"]);
}

run(process.execPath, ["scripts/build-server.mjs"]);
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "dist/server.mjs"], { cwd: root, stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
