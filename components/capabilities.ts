import type { Role } from "@/lib/auth";
import { BriefcaseIcon, CapIcon, ChatIcon, CodeIcon, ScanIcon } from "./icons";

export type CapabilityId = "resume" | "coding" | "hiring" | "analysis" | "learning";

export interface Capability {
  id: CapabilityId;
  /** Where its page will live. */
  href: string;
  /**
   * The one switch: a capability's card says "Coming soon" and links nowhere until its feature
   * ships; the issue that ships it sets this to true.
   */
  available: boolean;
  /** Whose next task it is: home pages list these first. */
  for: readonly Role[];
  Icon: typeof ChatIcon;
}

// The five parts of the product the landing page promises, in the order it names them.
export const CAPABILITIES: readonly Capability[] = [
  { id: "resume", href: "/resume", available: false, for: ["candidate"], Icon: ChatIcon },
  { id: "coding", href: "/interviews", available: true, for: ["candidate", "company"], Icon: CodeIcon },
  { id: "hiring", href: "/vacancies", available: false, for: ["candidate", "company"], Icon: BriefcaseIcon },
  { id: "analysis", href: "/resumes", available: true, for: ["company"], Icon: ScanIcon },
  { id: "learning", href: "/learn", available: false, for: ["candidate", "company", "admin", "guest"], Icon: CapIcon },
];

/** The capabilities in the order that matters to `role`: the page's own (`first`), theirs, then the rest. */
export function capabilitiesFor(role: Role | null, first?: CapabilityId): Capability[] {
  const mine = (c: Capability) => (c.id === first ? 0 : role !== null && c.for.includes(role) ? 1 : 2);
  return [...CAPABILITIES].sort((a, b) => mine(a) - mine(b));
}
