import { en, type Dictionary, type MessageKey } from "./dictionaries/en";
import { ru } from "./dictionaries/ru";

export type { Dictionary, MessageKey };
export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The cookie that remembers the interface language (read on the server for every page). */
export const LOCALE_COOKIE = "lang";

const dictionaries: Record<Locale, Dictionary> = { en, ru };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A translator bound to one dictionary; `{name}` placeholders are filled from `vars`. */
export function translator(dict: Dictionary): Translate {
  return (key, vars) => {
    const text = dict[key] ?? en[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

/** Picks a supported language from an Accept-Language header, for visitors without a cookie. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const ranked = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.lang && x.q > 0)
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((x) => isLocale(x.lang));
  return match ? (match.lang as Locale) : DEFAULT_LOCALE;
}
