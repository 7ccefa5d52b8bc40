"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./ui/cn";
import { useI18n } from "./i18n-provider";
import type { NavItem } from "./nav-items";

/** The role's menu; the current page is marked for sighted and screen-reader users alike. */
export function NavLinks({ items, layout }: { items: NavItem[]; layout: "bar" | "stack" }) {
  const pathname = usePathname();
  const { t } = useI18n();
  return (
    <ul className={layout === "bar" ? "flex items-center gap-1" : "flex flex-col gap-1"}>
      {items.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
        const className = cn(
          "block rounded-lg font-medium transition-colors",
          layout === "bar" ? "px-3 py-2 text-sm" : "px-3 py-3 text-base",
          current ? "bg-primary-soft text-primary" : "text-muted hover:bg-subtle hover:text-fg",
        );
        return (
          <li key={item.href}>
            {item.document ? (
              <a href={item.href} className={className}>
                {t(item.label)}
              </a>
            ) : (
              <Link href={item.href} className={className} aria-current={current ? "page" : undefined}>
                {t(item.label)}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
