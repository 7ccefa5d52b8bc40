"use server";

import { z } from "zod";
import { LOCALES } from "@/lib/i18n";
import { getCurrentActor } from "./current-actor";
import { rememberLanguage } from "./remember-language";

const LanguageForm = z.object({ lang: z.enum(LOCALES) });

/** The header's EN/RU switch. Setting a cookie in an action re-renders the page in the new language. */
export async function setLanguage(formData: FormData): Promise<void> {
  const parsed = LanguageForm.safeParse({ lang: formData.get("lang") });
  if (!parsed.success) return;
  await rememberLanguage(parsed.data.lang, await getCurrentActor());
}
