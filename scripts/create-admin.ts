/**
 * Creates an admin account, or makes an existing account an admin with this password:
 *   npx tsx scripts/create-admin.ts <email> <password>
 * Works on the configured database (DATABASE_URL, else PGlite in DATA_DIR). PGlite opens in one
 * process only, so stop the server first there; on PostgreSQL run it any time.
 */
import { z } from "zod";
import { PasswordSchema } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db";
import { migrateDatabase } from "@/lib/db/migrate";

async function main() {
  const [emailArg, passwordArg] = process.argv.slice(2);
  const email = z.email().safeParse(emailArg?.trim().toLowerCase());
  const password = PasswordSchema.safeParse(passwordArg);
  if (!email.success || !password.success) {
    console.error("usage: npx tsx scripts/create-admin.ts <email> <password>  (password: 8+ characters, not a common one)");
    process.exit(2);
  }
  await migrateDatabase();
  const passwordHash = await hashPassword(password.data);
  const user = await db().user.upsert({
    where: { email: email.data },
    create: { email: email.data, role: "admin", passwordHash, firstName: "Admin" },
    update: { role: "admin", passwordHash, isDemo: false },
    select: { id: true, email: true },
  });
  console.log(`admin ${user.email} (${user.id}) is ready`);
}

main()
  .then(() => closeDb())
  .catch(async (err) => {
    console.error(err);
    await closeDb().catch(() => undefined);
    process.exit(1);
  });
