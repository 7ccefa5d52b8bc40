import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("recovery.reset.title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const { t } = await getT();
  return (
    <>
      <Card className="shadow-md">
        <h1 className="text-2xl font-semibold tracking-tight">{t("recovery.reset.title")}</h1>
        {typeof token === "string" && token ? (
          <>
            <p className="mt-1.5 mb-6 text-sm text-muted">{t("recovery.reset.lead")}</p>
            <ResetPasswordForm token={token} />
          </>
        ) : (
          <div className="mt-6 space-y-5">
            <Alert tone="error">{t("recovery.token.invalid")}</Alert>
            <ButtonLink href="/forgot-password" className="w-full">
              {t("recovery.requestNew")}
            </ButtonLink>
          </div>
        )}
      </Card>
      <p className="mt-6 text-center text-sm">
        <Link href="/signin" className="font-semibold text-primary underline-offset-4 hover:underline">
          {t("recovery.backToSignIn")}
        </Link>
      </p>
    </>
  );
}
