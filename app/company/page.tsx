import type { Metadata } from "next";
import { requireAccount } from "@/components/server/current-actor";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getOwnCompany } from "@/lib/companies";
import { getT } from "@/lib/i18n/server";
import { CompanyForm } from "./company-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.title") };
}

export default async function CompanyPage() {
  // Only company accounts own a company profile.
  const { actor } = await requireAccount({ roles: ["company"], returnTo: "/company" });
  const company = await getOwnCompany(actor);
  const { t } = await getT();

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("company.title")} lead={t("company.lead")} />
      <Card>
        <CompanyForm
          initial={{
            name: company.name,
            city: company.city ?? "",
            website: company.website ?? "",
            description: company.description ?? "",
          }}
        />
      </Card>
    </div>
  );
}
