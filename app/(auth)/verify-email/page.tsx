import type { Metadata } from "next";
import { getCurrentActor } from "@/components/server/current-actor";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { verifyEmail } from "@/lib/auth";
import { VerifyEmailBody } from "@/lib/auth/schemas";
import { ApiError } from "@/lib/http/errors";
import type { MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("recovery.verify.title") };
}

const OUTCOMES: Record<string, MessageKey> = {
  VERIFICATION_TOKEN_USED: "recovery.verify.usedHint",
  VERIFICATION_TOKEN_EXPIRED: "recovery.token.expired",
};

/** Opening the mailed link confirms the address: the link is the proof, so no further click is asked for. */
async function confirm(token: unknown): Promise<{ tone: "success" | "info" | "error"; message: MessageKey }> {
  const parsed = VerifyEmailBody.safeParse({ token });
  if (!parsed.success) return { tone: "error", message: "recovery.token.invalid" };
  try {
    await verifyEmail(parsed.data.token);
    return { tone: "success", message: "recovery.verify.done" };
  } catch (err) {
    if (err instanceof ApiError && err.status === 400) {
      const message = OUTCOMES[err.code] ?? "recovery.token.invalid";
      return { tone: err.code === "VERIFICATION_TOKEN_USED" ? "info" : "error", message };
    }
    throw err;
  }
}

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const outcome = await confirm((await searchParams).token);
  const actor = await getCurrentActor();
  const { t } = await getT();
  return (
    <Card className="shadow-md">
      <h1 className="text-2xl font-semibold tracking-tight">{t("recovery.verify.title")}</h1>
      <div className="mt-6 space-y-5">
        <Alert tone={outcome.tone}>{t(outcome.message)}</Alert>
        {outcome.tone !== "success" && <p className="text-sm text-muted">{t("recovery.verify.resendHint")}</p>}
        <ButtonLink href={actor ? "/profile" : "/signin?next=%2Fprofile"} size="lg" className="w-full">
          {actor ? t("recovery.verify.toProfile") : t("nav.signIn")}
        </ButtonLink>
      </div>
    </Card>
  );
}
