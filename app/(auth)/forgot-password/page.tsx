import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { config } from "@/lib/config";
import { getT } from "@/lib/i18n/server";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("recovery.forgot.title") };
}

export default async function ForgotPasswordPage() {
  const { t } = await getT();
  return (
    <>
      <Card className="shadow-md">
        <h1 className="text-2xl font-semibold tracking-tight">{t("recovery.forgot.title")}</h1>
        <p className="mt-1.5 mb-6 text-sm text-muted">{t("recovery.forgot.lead")}</p>
        <ForgotPasswordForm minutes={config.mail.passwordResetTtlMinutes} />
      </Card>
      <p className="mt-6 text-center text-sm">
        <Link href="/signin" className="font-semibold text-primary underline-offset-4 hover:underline">
          {t("recovery.backToSignIn")}
        </Link>
      </p>
    </>
  );
}
