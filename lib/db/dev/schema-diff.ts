import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MIGRATIONS_DIR, readMigrations } from "../migrate";

/**
 * Dev-time only: the SQL that would bring the migrations in prisma/migrations up to
 * prisma/schema.prisma, computed offline by Prisma's schema engine compiled to WebAssembly
 * against an in-memory PGlite. Empty means the two agree. Unsupported by Prisma (the CLI
 * downloads a native engine instead), so it lives here and nowhere else.
 */
export async function schemaDiffSql(schemaPath = path.resolve("prisma/schema.prisma")): Promise<string> {
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
  // The package ships no Node loader: instantiate the module with its JS glue as the imports.
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": engineBindings as never });
  const exports = instance.exports as { __wbindgen_start?: () => void };
  (engineBindings as unknown as { __wbg_set_wasm: (w: unknown) => void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start?.();

  const schema = { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(new PGlite()));
  const engine = await engineBindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => undefined, adapter);
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const result = await engine.diff({
    from: {
      tag: "migrations",
      baseDir: MIGRATIONS_DIR,
      lockfile: { path: "migration_lock.toml", content: readFileSync(lockPath, "utf8") },
      shadowDbInitScript: "",
      migrationDirectories: readMigrations().map((m) => ({
        path: m.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
      })),
    },
    to: { tag: "schemaDatamodel", files: [schema] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  engine.free();
  const sql = (result.stdout ?? "").trim();
  return sql === "-- This is an empty migration." ? "" : sql;
}
