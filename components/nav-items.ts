import type { MessageKey } from "@/lib/i18n";

export interface NavItem {
  href: string;
  label: MessageKey;
  /** A full page load: /docs loads Swagger UI's script and styles, which stay out of other pages. */
  document?: boolean;
}

type MenuRole = "public" | "candidate" | "company" | "admin" | "guest";

// Only what exists today: a menu item appears when its page does.
const MENUS: Record<MenuRole, NavItem[]> = {
  public: [
    { href: "/", label: "nav.home" },
    { href: "/learn", label: "nav.learning" },
    { href: "/docs", label: "nav.apiDocs", document: true },
  ],
  candidate: [
    { href: "/dashboard", label: "nav.dashboard" },
    { href: "/interviews", label: "nav.interviews" },
    { href: "/profile", label: "nav.profile" },
    { href: "/learn", label: "nav.learning" },
  ],
  company: [
    { href: "/dashboard", label: "nav.dashboard" },
    { href: "/vacancies", label: "nav.vacancies" },
    { href: "/resumes", label: "nav.resumes" },
    { href: "/interviews", label: "nav.interviews" },
    { href: "/company", label: "nav.company" },
    { href: "/profile", label: "nav.profile" },
    { href: "/learn", label: "nav.learning" },
  ],
  admin: [
    { href: "/dashboard", label: "nav.dashboard" },
    { href: "/profile", label: "nav.profile" },
    { href: "/admin/outbox", label: "nav.outbox" },
    { href: "/learn", label: "nav.learning" },
    { href: "/docs", label: "nav.apiDocs", document: true },
  ],
  guest: [{ href: "/learn", label: "nav.learning" }],
};

export function menuFor(role: MenuRole | null): NavItem[] {
  return MENUS[role ?? "public"];
}
