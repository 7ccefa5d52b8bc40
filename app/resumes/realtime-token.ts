"use server";

import { renewAccessToken } from "@/lib/auth";
import { hasRole } from "@/components/server/actor-roles";
import { getCurrentActor } from "@/components/server/current-actor";

/**
 * A short-lived access token for the realtime handshake. Socket.IO namespaces authenticate with a
 * token, not the page's cookie; this one belongs to the browser's own session, so signing out
 * ends the socket as well.
 */
export async function realtimeToken(): Promise<{ token: string } | { token: null }> {
  const actor = await getCurrentActor();
  if (!actor || !hasRole(actor, ["company"])) return { token: null };
  const { accessToken } = await renewAccessToken(actor);
  return { token: accessToken };
}
