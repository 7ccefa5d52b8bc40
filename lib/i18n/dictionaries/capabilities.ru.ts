import type { capabilitiesEn } from "./capabilities.en";

// The five capability cards on the home pages (their titles and descriptions are the landing's).
export const capabilitiesRu: Record<keyof typeof capabilitiesEn, string> = {
  "capabilities.title": "Ваши инструменты",
  "capabilities.available": "Доступно",
  "capabilities.comingSoon": "Скоро",
  "capabilities.open": "Открыть",

  // one: 1, 21, 31…; few: 2–4, 22–24…; many: 0, 5–20, 25…; other: fractions.
  "count.toolsComing.one": "Скоро появится {count} инструмент",
  "count.toolsComing.few": "Скоро появятся {count} инструмента",
  "count.toolsComing.many": "Скоро появятся {count} инструментов",
  "count.toolsComing.other": "Скоро появятся {count} инструмента",
};
