import { LOCALES, type Locale, type Translate } from "@/lib/i18n";
import { setLanguage } from "./server/set-language";
import { cn } from "./ui/cn";

/** EN / RU: a plain form, so it works before (and without) JavaScript. */
export function LanguageSwitcher({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <form action={setLanguage}>
      <div role="group" aria-label={t("a11y.language")} className="inline-flex rounded-lg border border-border bg-subtle p-0.5">
        {LOCALES.map((l) => (
          <button
            key={l}
            type="submit"
            name="lang"
            value={l}
            lang={l}
            title={t(`lang.${l}`)}
            aria-pressed={l === locale}
            className={cn(
              "h-8 min-w-10 rounded-md px-2 text-xs font-semibold tracking-wide transition-colors",
              l === locale ? "bg-surface text-fg shadow-sm" : "text-muted hover:text-fg",
            )}
          >
            {l.toUpperCase()}
          </button>
        ))}
      </div>
    </form>
  );
}
