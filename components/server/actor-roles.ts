import type { Actor } from "@/lib/auth";
import type { Role } from "@/lib/auth";

/** An actor known to hold one of the roles `R`; a company actor always has its company. */
export type ActorWithRole<R extends Role> = R extends "company" ? Actor & { role: "company"; companyId: string } : Actor & { role: R };

/** Every role but guest: what an account page allows unless it says otherwise. */
export const ACCOUNT_ROLES = ["candidate", "company", "admin"] as const satisfies readonly Role[];

/** Whether the actor holds one of `roles` (a company account without its company holds none). */
export function hasRole<R extends Role>(actor: Actor, roles: readonly R[]): actor is ActorWithRole<R> {
  if (!(roles as readonly Role[]).includes(actor.role)) return false;
  return actor.role !== "company" || actor.companyId !== null;
}
