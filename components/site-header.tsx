import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import { accountName } from "./display-name";
import { LogoMark } from "./icons";
import { LanguageSwitcher } from "./language-switcher";
import { MobileMenu } from "./mobile-menu";
import { menuFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { getCurrentAccount } from "./server/current-actor";
import { signOutAction } from "./server/sign-out";
import type { Theme } from "./theme";
import { ThemeToggle } from "./theme-toggle";
import { ButtonLink, buttonClasses } from "./ui/button";
import { cn } from "./ui/cn";

export async function SiteHeader({ locale, t, theme }: { locale: Locale; t: Translate; theme: Theme | null }) {
  const account = await getCurrentAccount();
  const role = account?.actor.role ?? null;
  const items = menuFor(role);

  const signOut = (wide: boolean) => (
    <form action={signOutAction}>
      <button type="submit" className={buttonClasses(wide ? "secondary" : "ghost", "md", cn(wide && "w-full"))}>
        {t("nav.signOut")}
      </button>
    </form>
  );

  const who = account && (
    <span className="flex min-w-0 flex-col leading-tight">
      <span className="truncate text-sm font-medium text-fg">{accountName(account, t)}</span>
      {role !== "guest" && <span className="text-xs text-muted">{t(`role.${account.actor.role}`)}</span>}
    </span>
  );

  const authActions = (wide: boolean) => {
    const cls = wide ? "w-full" : undefined;
    if (!account) {
      return (
        <>
          <ButtonLink href="/signin" variant={wide ? "secondary" : "ghost"} className={cls}>
            {t("nav.signIn")}
          </ButtonLink>
          <ButtonLink href="/signup" className={cls}>
            {t("nav.signUp")}
          </ButtonLink>
        </>
      );
    }
    return (
      <>
        {role === "guest" && (
          <ButtonLink href="/signup" className={cls}>
            {t("nav.signUp")}
          </ButtonLink>
        )}
        {signOut(wide)}
      </>
    );
  };

  return (
    <header className="sticky top-0 z-40 border-b border-border bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
      <div className="relative mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2.5 rounded-lg" aria-label={t("a11y.home")}>
          <LogoMark />
          <span className="text-[1.05rem] font-semibold tracking-tight text-fg">Offerpath</span>
        </Link>

        <nav aria-label={t("a11y.mainNav")} className="ml-6 hidden md:block">
          <NavLinks items={items} layout="bar" />
        </nav>

        <div className="ml-auto hidden items-center gap-2 md:flex">
          <LanguageSwitcher locale={locale} t={t} />
          <ThemeToggle initial={theme} />
          {who && <span className="ml-2 hidden max-w-48 border-l border-border pl-4 lg:flex">{who}</span>}
          {authActions(false)}
        </div>

        <div className="ml-auto flex items-center gap-1 md:hidden">
          <ThemeToggle initial={theme} />
          <MobileMenu items={items}>
            {who && <div className="px-3">{who}</div>}
            <LanguageSwitcher locale={locale} t={t} />
            {authActions(true)}
          </MobileMenu>
        </div>
      </div>
    </header>
  );
}
