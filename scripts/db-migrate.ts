// `npm run db:migrate`: applies pending migrations to the configured database
// (DATABASE_URL, or the embedded PGlite in DATA_DIR).
import { closeDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";

const applied = await migrateDatabase();
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date");
await closeDb();
