// `npm run db:diff [name]`: prints the SQL that brings the migrations up to schema.prisma;
// with a name, writes it as a new migration folder. Works offline (see lib/db/dev/schema-diff.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaDiffSql } from "@/lib/db/dev/schema-diff";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";

const sql = await schemaDiffSql();
const name = process.argv[2];
if (!sql) {
  console.log("Migrations match prisma/schema.prisma.");
} else if (!name) {
  console.log(sql);
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name.replace(/[^a-z0-9_]/gi, "_")}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
