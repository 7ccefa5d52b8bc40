import { defineConfig } from "prisma/config";

// Prisma's CLI is used only for `generate` here: migrations are applied by our own runner
// (scripts/db-migrate.ts), because the CLI's schema engine cannot be downloaded offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
