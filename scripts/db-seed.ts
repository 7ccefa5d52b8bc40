// `npm run db:seed`: creates the demo accounts (idempotent). Embedded setup only.
import { config } from "@/lib/config";
import { closeDb } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";
import { DEMO_PASSWORD, demoAccountLines, seedDemoData } from "@/lib/demo";

if (!config.demoMode) {
  console.error("Demo data is only for the embedded setup (no DATABASE_URL); nothing was created.");
  process.exit(1);
}
await migrateDatabase();
const { created } = await seedDemoData();
console.log(`Demo accounts ready (${created} created), password "${DEMO_PASSWORD}":`);
for (const line of demoAccountLines()) console.log(line);
await closeDb();
