import { describe, expect, it } from "vitest";
import { en } from "./dictionaries/en";
import { ru } from "./dictionaries/ru";
import { localeFromAcceptLanguage, translator } from "./index";

describe("interface dictionaries", () => {
  it("English and Russian have exactly the same keys", () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ["en", en],
    ["ru", ru],
  ] as const)("%s has no empty strings", (_name, dict) => {
    const empty = Object.entries(dict).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ru[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("translates Russian text that is not a copy of the English", () => {
    const copied = (Object.keys(en) as (keyof typeof en)[]).filter(
      (k) => ru[k] === en[k] && !k.startsWith("lang.") && /[a-z]{4,}/i.test(en[k]) && !/Offerpath/.test(en[k]),
    );
    expect(copied).toEqual([]);
  });
});

describe("translator", () => {
  it("fills placeholders", () => {
    expect(translator(en)("dashboard.welcome", { name: "Anna" })).toBe("Welcome, Anna");
    expect(translator(ru)("dashboard.welcome", { name: "Анна" })).toBe("Здравствуйте, Анна");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("prefers the highest-ranked supported language", () => {
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(localeFromAcceptLanguage("de-DE,en;q=0.5,ru;q=0.7")).toBe("ru");
    expect(localeFromAcceptLanguage("de-DE")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

describe("plural forms", () => {
  const counts = [1, 2, 5, 11, 21, 22, 25];
  it("picks Russian one/few/many by Intl.PluralRules", () => {
    const t = translator(ru, "ru");
    expect(counts.map((n) => t.plural("count.toolsComing", n))).toEqual([
      "Скоро появится 1 инструмент",
      "Скоро появятся 2 инструмента",
      "Скоро появятся 5 инструментов",
      "Скоро появятся 11 инструментов",
      "Скоро появится 21 инструмент",
      "Скоро появятся 22 инструмента",
      "Скоро появятся 25 инструментов",
    ]);
  });

  it("picks English one/other", () => {
    const t = translator(en, "en");
    expect(counts.map((n) => t.plural("count.toolsComing", n))).toEqual([
      "1 tool is coming soon",
      "2 tools are coming soon",
      "5 tools are coming soon",
      "11 tools are coming soon",
      "21 tools are coming soon",
      "22 tools are coming soon",
      "25 tools are coming soon",
    ]);
  });

  it("every plural key has all four forms in both languages", () => {
    const bases = new Set(Object.keys(en).filter((k) => /\.(one|few|many|other)$/.test(k)).map((k) => k.replace(/\.\w+$/, "")));
    for (const base of bases) {
      for (const form of ["one", "few", "many", "other"]) expect(Object.keys(en), base).toContain(`${base}.${form}`);
    }
  });
});
