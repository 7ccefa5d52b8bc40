import { cookies } from "next/headers";
import { isTheme, THEME_COOKIE, type Theme } from "../theme";

/** The stored theme choice, or null to follow the system preference. */
export async function getTheme(): Promise<Theme | null> {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return isTheme(value) ? value : null;
}
