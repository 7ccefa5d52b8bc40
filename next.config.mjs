/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let tests and parallel work build without clobbering each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native and WASM packages stay outside the bundle: Node loads them as they are.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "pino", "bcryptjs", "socket.io", "pdf-parse", "pdfjs-dist", "mammoth", "bullmq", "ioredis", "eslint", "@eslint/js", "@astral-sh/ruff-wasm-nodejs"],
  async rewrites() {
    // Seed 000's base path is /v1; we serve it at /api/v1.
    return [{ source: "/v1/:path*", destination: "/api/v1/:path*" }];
  },
  // `npm test` type-checks the whole project itself (tsc, after its build: Next's own check skips
  // test files), so its build leaves that out (TEST_BUILD_SKIP_TYPECHECK=1, set by scripts/test.mjs only).
  typescript: { ignoreBuildErrors: process.env.TEST_BUILD_SKIP_TYPECHECK === "1" },
  experimental: {
    // Next loads every route's code at start by default, which suits a long-running server;
    // NEXT_PRELOAD_ENTRIES=0 loads each on its first request instead. Test servers, started by the
    // dozen and each serving a few routes, set it (a second of CPU per start).
    preloadEntriesOnStart: process.env.NEXT_PRELOAD_ENTRIES !== "0",
    // forbidden() from next/navigation: a page refuses the wrong role with a 403 (app/forbidden.tsx).
    authInterrupts: true,
    // CI builds once from a fresh clone and never reads Turbopack's build cache back: writing it
    // (30 s and more on 2 busy cores) is only a cost there. Local rebuilds keep it.
    turbopackFileSystemCacheForBuild: process.env.CI !== "true",
  },
};

export default nextConfig;
