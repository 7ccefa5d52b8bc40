"use client";

import { useEffect, useState } from "react";
import { useI18n } from "./i18n-provider";
import { MoonIcon, SunIcon } from "./icons";
import { THEME_COOKIE, type Theme } from "./theme";

const systemPrefersDark = () => window.matchMedia("(prefers-color-scheme: dark)").matches;

/**
 * Switches light/dark at once on the client and stores the choice in a cookie, which the server
 * reads to render the <html> class on the next request (no inline script, no flash).
 */
export function ThemeToggle({ initial }: { initial: Theme | null }) {
  const { t } = useI18n();
  const [dark, setDark] = useState<boolean>(initial === "dark");

  useEffect(() => {
    // Without a stored choice the page follows the system; reflect that in the switch's state.
    if (initial === null) setDark(systemPrefersDark());
  }, [initial]);

  function toggle() {
    const next = !dark;
    const root = document.documentElement;
    root.classList.toggle("dark", next);
    root.classList.toggle("light", !next);
    document.cookie = `${THEME_COOKIE}=${next ? "dark" : "light"}; path=/; max-age=31536000; samesite=lax`;
    setDark(next);
  }

  return (
    <button
      type="button"
      role="switch"
      aria-checked={dark}
      aria-label={t("a11y.darkMode")}
      title={t("a11y.darkMode")}
      onClick={toggle}
      className="inline-flex size-10 items-center justify-center rounded-lg text-muted transition-colors hover:bg-subtle hover:text-fg"
    >
      {dark ? <MoonIcon /> : <SunIcon />}
    </button>
  );
}
