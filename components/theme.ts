/** The cookie that remembers an explicit light or dark choice; without it the system decides. */
export const THEME_COOKIE = "theme";
export type Theme = "light" | "dark";
export const isTheme = (v: unknown): v is Theme => v === "light" || v === "dark";
