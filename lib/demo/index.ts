import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_PASSWORD = "offerpath-demo";

// `persona` is who the account is for in the demo; `role` is the account type. A learner is a
// candidate who learns (learning is open to every role), so the learner's role is candidate.
export const DEMO_ACCOUNTS = [
  { persona: "candidate", email: "candidate@demo.offerpath.dev", role: "candidate", firstName: "Anna", lastName: "Petrova", username: "demo_candidate" },
  { persona: "company", email: "company@demo.offerpath.dev", role: "company", firstName: "Ivan", lastName: "Sokolov", username: "demo_company" },
  { persona: "learner", email: "learner@demo.offerpath.dev", role: "candidate", firstName: "Lena", lastName: "Smirnova", username: "demo_learner" },
] as const;

/** The demo accounts as printed at start: who each is for, and its email. */
export function demoAccountLines(): string[] {
  return DEMO_ACCOUNTS.map((a) => `  ${a.persona.padEnd(9)} ${a.email}`);
}

/**
 * Creates the demo accounts if missing (idempotent). Only in the embedded setup: a database
 * named by DATABASE_URL never gets them, and their passwords are refused there anyway.
 */
export async function seedDemoData(): Promise<{ created: number }> {
  if (!config.demoMode) throw new Error("Demo data belongs to the embedded setup only (unset DATABASE_URL)");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db().user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    const { persona: _persona, ...fields } = account;
    await db().user.create({
      data: {
        ...fields,
        passwordHash,
        isDemo: true,
        ...(account.role === "company"
          ? { company: { create: { name: "Northwind Labs", city: "Moscow", description: "Demo company: a product studio hiring engineers.", website: "https://northwind.example" } } }
          : {}),
      },
    });
    created += 1;
  }
  return { created };
}
