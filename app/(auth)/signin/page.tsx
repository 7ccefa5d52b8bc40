import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { GuestEntryButton } from "@/components/guest-entry-button";
import { getCurrentActor, safeNextPath } from "@/components/server/current-actor";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("nav.signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const actor = await getCurrentActor();
  // A guest may sign in to a real account; anyone else is already where they need to be.
  if (actor && actor.role !== "guest") redirect(next ?? "/dashboard");
  const { t } = await getT();

  return (
    <>
      <Card className="shadow-md">
        <h1 className="text-2xl font-semibold tracking-tight">{t("signin.title")}</h1>
        <p className="mt-1.5 mb-6 text-sm text-muted">{t("signin.lead")}</p>
        <SignInForm next={next} />
        <p className="mt-4 text-center text-sm">
          <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("recovery.forgotLink")}
          </Link>
        </p>
        {!actor && (
          <>
            <div className="my-6 flex items-center gap-3 text-xs text-muted uppercase" aria-hidden="true">
              <span className="h-px flex-1 bg-border" />
              {t("auth.or")}
              <span className="h-px flex-1 bg-border" />
            </div>
            <GuestEntryButton label={t("auth.continueAsGuest")} pendingLabel={t("auth.continueAsGuest")} />
          </>
        )}
      </Card>
      <p className="mt-6 text-center text-sm text-muted">
        {t("signin.noAccount")}{" "}
        <Link href="/signup" className="font-semibold text-primary underline-offset-4 hover:underline">
          {t("signin.createAccount")}
        </Link>
      </p>
    </>
  );
}
