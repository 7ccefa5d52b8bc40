"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useI18n } from "./i18n-provider";
import { CloseIcon, MenuIcon } from "./icons";
import { NavLinks } from "./nav-links";
import type { NavItem } from "./nav-items";

/** The collapsed menu for narrow screens: a disclosure button and a panel under the header. */
export function MobileMenu({ items, children }: { items: NavItem[]; children: React.ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const panelId = useId();

  // Navigating closes the menu; the header stays mounted between pages.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={open ? t("a11y.closeMenu") : t("a11y.openMenu")}
        onClick={() => setOpen((v) => !v)}
        className="inline-flex size-10 items-center justify-center rounded-lg text-fg transition-colors hover:bg-subtle"
      >
        {open ? <CloseIcon /> : <MenuIcon />}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full border-b border-border bg-surface px-4 pt-3 pb-5 shadow-lg"
      >
        <nav aria-label={t("a11y.mainNav")}>
          <NavLinks items={items} layout="stack" />
        </nav>
        <div className="mt-4 flex flex-col gap-3 border-t border-border pt-4">{children}</div>
      </div>
    </>
  );
}
