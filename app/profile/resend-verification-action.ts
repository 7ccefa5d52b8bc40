"use server";

import { headers } from "next/headers";
import { getCurrentActor } from "@/components/server/current-actor";
import { resendVerification } from "@/lib/auth";
import { ApiError } from "@/lib/http/errors";
import { CLIENT_IP_HEADER } from "@/lib/http/headers";
import type { FormState } from "@/lib/i18n/form-errors";

export async function resendVerificationAction(_prev: FormState): Promise<FormState> {
  const actor = await getCurrentActor();
  if (!actor) return { error: "errors.sessionEnded" };
  try {
    const ip = (await headers()).get(CLIENT_IP_HEADER) ?? undefined;
    const { email } = await resendVerification(actor, { ip });
    return { ok: "recovery.profile.resent", values: { email } };
  } catch (err) {
    if (err instanceof ApiError && err.code === "RATE_LIMITED") return { error: "recovery.rateLimited" };
    if (err instanceof ApiError && err.code === "EMAIL_ALREADY_VERIFIED") return { ok: "recovery.profile.verified" };
    throw err;
  }
}
