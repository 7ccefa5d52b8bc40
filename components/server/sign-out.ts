"use server";

import { signOut } from "@/lib/auth/nextauth";

/** Ends the browser session; Auth.js's signOut event revokes it in the database too. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
