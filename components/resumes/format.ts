/** A 0-100 score with one decimal, or null. */
export function formatScore(value: number | null | undefined, locale: string): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** A 0-1 confidence as a percentage. */
export function formatConfidence(value: number | null | undefined, locale: string): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function formatBytes(bytes: number, locale: string): string {
  const units = locale === "ru" ? ["Б", "КБ", "МБ"] : ["B", "KB", "MB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function formatDate(iso: string, locale: string, withTime = false, dateStyle: "short" | "medium" = "medium"): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, withTime ? { dateStyle, timeStyle: "short" } : { dateStyle }).format(date);
}
