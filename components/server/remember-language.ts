import { cookies } from "next/headers";
import { updateUser, type Actor } from "@/lib/auth";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n";

/**
 * Remembers the interface language in the `lang` cookie and, for a signed-in user, on the
 * account too (the API and new interviews read user.locale).
 */
export async function rememberLanguage(locale: Locale, actor: Actor | null): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  if (actor) await updateUser(actor, { locale });
}
