// The five capability cards on the home pages (their titles and descriptions are the landing's).
export const capabilitiesEn = {
  "capabilities.title": "Your tools",
  "capabilities.available": "Available",
  "capabilities.comingSoon": "Coming soon",
  "capabilities.open": "Open",

  // Plural forms: see `t.plural` in lib/i18n (English uses one/other only).
  "count.toolsComing.one": "{count} tool is coming soon",
  "count.toolsComing.few": "{count} tools are coming soon",
  "count.toolsComing.many": "{count} tools are coming soon",
  "count.toolsComing.other": "{count} tools are coming soon",
} as const;
