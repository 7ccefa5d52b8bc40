"use server";

import { signIn } from "@/lib/auth/nextauth";
import { getLocale } from "@/lib/i18n/server";

/** Opens a guest session in the visitor's language and takes them to learning. */
export async function continueAsGuest(): Promise<void> {
  await signIn("guest", { locale: await getLocale(), redirectTo: "/learn" });
}
