import type { Metadata } from "next";
import Link from "next/link";
import { requireAccount } from "@/components/server/current-actor";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { skillSuggestions } from "@/lib/vacancies";
import { VacancyEditor } from "../vacancy-editor";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("vacancies.newTitle") };
}

export default async function NewVacancyPage() {
  await requireAccount({ roles: ["company"], returnTo: "/vacancies/new" });
  const { t } = await getT();
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10 sm:px-6 sm:py-12">
      <Link href="/vacancies" className="mb-4 inline-block text-sm text-muted hover:text-fg hover:underline">
        ← {t("vacancies.back")}
      </Link>
      <PageHeader title={t("vacancies.newTitle")} lead={t("vacancies.newLead")} />
      <VacancyEditor suggestions={skillSuggestions()} />
    </div>
  );
}
