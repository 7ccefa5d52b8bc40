import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

/*
 * Module boundaries (docs/architecture.md). Another module is imported through its public files
 * only: index.ts (functions), endpoints.ts (route definitions), views.ts (response shaping),
 * schemas.ts (zod schemas), plus the entry points named here. Cycles are checked by
 * tests/unit/import-cycles.test.ts.
 */
const PUBLIC_FILES = ["index", "endpoints", "views", "schemas"];
const ENTRY_POINTS = {
  http: ["handle", "errors", "endpoint", "headers", "security-headers"], // the route handler and its contract
  auth: ["nextauth"], // Auth.js, for pages and server actions
  db: ["migrate", "generated/enums"], // migrations at start; enums without the Prisma runtime
  openapi: ["swagger-ui"], // the /docs page
  realtime: ["server"], // attachRealtime, for the custom server
  redis: ["testing"], // tests
  i18n: ["server", "form-errors"], // server components (next/headers), and form error messages
  resumes: ["batch", "batch/index", "batch/endpoints", "batch/schemas", "batch/views"], // resume batches, a module within resumes
  sandbox: ["types"], // what a run takes and gives, without loading the runner
  interviews: ["bank", "bank/index", "bank/types", "bank/compare", "interviewer", "report", "generate"], // the task bank, the interviewer, the report and task generation: modules within interviews
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `@/lib/<module>/<file>` that is neither a public file nor an entry point (or one of `alsoAllowed`). */
function privateFileImports(alsoAllowed = []) {
  const allowed = [
    `[^/]+/(?:${PUBLIC_FILES.join("|")})`,
    ...Object.entries(ENTRY_POINTS).map(([m, files]) => `${m}/(?:${files.map(escape).join("|")})`),
    ...alsoAllowed.map((a) => escape(a.replace(/^@\/lib\//, ""))),
  ];
  return {
    regex: `^@/lib/(?!(?:${allowed.join("|")})(?:\\.tsx?)?$)[^/]+/.+$`,
    message: "Import another module through its public files (index, endpoints, views, schemas): see docs/architecture.md.",
  };
}
const noDomainToApp = { regex: "^@/(app|server|components)(/|$)", message: "Domain code (lib/) never imports app/, components/ or server/." };
const noDbInUi = {
  regex: "^(@/|(\\.\\./)+)lib/db(/|$)",
  message: "app/ and components/ never import lib/db: call the owning lib module, which scopes the query by the actor.",
};
const boundaries = (patterns) => ["error", { patterns }];

// Imports of private files that exist today, to be fixed by their modules' owners (export the
// thing from the module's index): each listed file may make that one import.
const KNOWN_PRIVATE_IMPORTS = {
  "lib/http/handle.ts": ["@/lib/auth/browser-session"],
  "lib/demo/index.ts": ["@/lib/auth/password"],
  "lib/monitoring/endpoints.ts": ["@/lib/cache/types"],
};

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", ".next/**", ".next-*/**", "lib/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": boundaries([privateFileImports(), noDomainToApp]) },
  },
  {
    // From lib/<module>/<file>, `../` leaves the module: cross-module imports use `@/lib/...`.
    files: ["lib/*/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": boundaries([
        privateFileImports(),
        noDomainToApp,
        { regex: "^\\.\\./", message: "Import another module as @/lib/<module>, through its public files." },
      ]),
    },
  },
  ...Object.entries(KNOWN_PRIVATE_IMPORTS).map(([file, allowed]) => ({
    files: [file],
    rules: { "no-restricted-imports": boundaries([privateFileImports(allowed), noDomainToApp]) },
  })),
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": boundaries([privateFileImports(), noDbInUi]) },
  },
  {
    // The custom server is the composition root: it opens and migrates the database.
    files: ["server/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-imports": boundaries([privateFileImports()]) },
  },
  {
    files: ["tests/**", "bench/**", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
