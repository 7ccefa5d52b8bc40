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

type Vars = Record<string, string | number>;
/** Keys with plural forms: `count.resumes` stands for `count.resumes.one|few|many|other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
type PluralCategory = "one" | "few" | "many" | "other";

export interface Translate {
  (key: MessageKey, vars?: Vars): string;
  /** The form of `key` that `count` takes in this language (`{count}` is filled in). */
  plural(key: PluralKey, count: number, vars?: Vars): string;
}

/** A translator bound to one dictionary; `{name}` placeholders are filled from `vars`. */
export function translator(dict: Dictionary, locale: Locale = DEFAULT_LOCALE): Translate {
  const rules = new Intl.PluralRules(locale);
  const t = ((key: MessageKey, vars?: Vars) => {
    const text = dict[key] ?? en[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  }) as Translate;
  // Both languages list all four forms so their key sets stay equal; English only ever selects
  // one/other, Russian one (1, 21), few (2-4, 22), many (5-20, 25) and other (fractions).
  t.plural = (key, count, vars) => t(`${key}.${rules.select(count) as PluralCategory}`, { count, ...vars });
  return t;
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
