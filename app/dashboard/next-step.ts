import type { AccountUser } from "@/lib/auth";
import type { Role } from "@/lib/auth";
import type { MessageKey } from "@/lib/i18n";

export interface NextStep {
  title: MessageKey;
  body: MessageKey;
  href: string;
  cta: MessageKey;
}

/** The one thing a home page asks the person to do next, from what their account still lacks. */
export function nextStep(
  role: Role,
  user: Pick<AccountUser, "firstName" | "lastName">,
  company: { city: string | null; description: string | null } | null,
): NextStep {
  if (role === "guest") return { title: "dashboard.guestTitle", body: "dashboard.guestBody", href: "/signup", cta: "nav.signUp" };
  if (role === "admin") return { title: "dashboard.next.admin.title", body: "dashboard.next.admin.body", href: "/docs", cta: "dashboard.next.admin.cta" };
  if (!user.firstName || !user.lastName) {
    return { title: "dashboard.next.profile.title", body: "dashboard.next.profile.body", href: "/profile", cta: "dashboard.next.profile.cta" };
  }
  if (role === "company") {
    return company?.description && company.city
      ? { title: "dashboard.next.companyReady.title", body: "dashboard.next.companyReady.body", href: "/company", cta: "dashboard.editCompany" }
      : { title: "dashboard.next.company.title", body: "dashboard.next.company.body", href: "/company", cta: "dashboard.editCompany" };
  }
  return { title: "dashboard.next.ready.title", body: "dashboard.next.ready.body", href: "/learn", cta: "dashboard.next.ready.cta" };
}
