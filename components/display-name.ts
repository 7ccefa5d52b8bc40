import type { Translate } from "@/lib/i18n";

interface Named {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
}

/** How the interface names an account: the person's name, else their email. */
export function displayName(user: Named): string | null {
  const name = [user.firstName, user.lastName].filter(Boolean).join(" ").trim();
  return name || user.email;
}

/** The name shown for an account everywhere: a guest is "Guest" in the interface's language. */
export function accountName({ actor, user }: { actor: { role: string }; user: Named }, t: Translate): string | null {
  return actor.role === "guest" ? t("role.guest") : displayName(user);
}

/** Whom a home page greets: the person's name, else their company's name, else their email. */
export function greetingName(user: Named, companyName?: string | null): string | null {
  return displayName({ ...user, email: null }) || companyName || user.email;
}
