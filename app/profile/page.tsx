import type { Metadata } from "next";
import { requireAccount } from "@/components/server/current-actor";
import { Card, CardLead, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { EmailVerification } from "./email-verification";
import { DetailsForm, LanguageForm, PasswordForm } from "./profile-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("profile.title") };
}

export default async function ProfilePage() {
  const { user } = await requireAccount({ returnTo: "/profile" });
  const { t, locale } = await getT();

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("profile.title")} lead={t("profile.lead")} />
      <div className="space-y-6">
        <Card aria-labelledby="details">
          <CardTitle id="details">{t("profile.details")}</CardTitle>
          {user.email && <CardLead>{user.email}</CardLead>}
          {user.email && (
            <div className="mt-4">
              <EmailVerification verified={user.emailVerifiedAt !== null} />
            </div>
          )}
          <div className="mt-6">
            <DetailsForm firstName={user.firstName ?? ""} lastName={user.lastName ?? ""} />
          </div>
        </Card>

        <Card aria-labelledby="language">
          <CardTitle id="language">{t("profile.languageTitle")}</CardTitle>
          <CardLead>{t("profile.languageLead")}</CardLead>
          <div className="mt-6">
            {/* The page shows the interface language, which a switch in the header may have changed since. */}
            <LanguageForm key={locale} current={locale} />
          </div>
        </Card>

        <Card aria-labelledby="password">
          <CardTitle id="password">{t("profile.passwordTitle")}</CardTitle>
          <CardLead>{t("profile.passwordLead")}</CardLead>
          <div className="mt-6">
            <PasswordForm />
          </div>
        </Card>
      </div>
    </div>
  );
}
