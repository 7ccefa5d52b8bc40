import { cookies, headers } from "next/headers";
import { cache } from "react";
import { dictionary, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, translator, type Locale } from "./index";

/** The visitor's language: the `lang` cookie when set, else their browser's preference. */
export const getLocale = cache(async (): Promise<Locale> => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

/** `t()` for server components and actions, in the visitor's language. */
export async function getT() {
  const locale = await getLocale();
  const dict = dictionary(locale);
  return { locale, dict, t: translator(dict, locale) };
}
