import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRightIcon } from "@/components/icons";
import { requireAccount } from "@/components/server/current-actor";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { StatisticsView } from "./statistics-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("resumes.stats.title") };
}

/** Seed 004's resume statistics and batch statistics, as figures, charts and tables. */
export default async function ResumeStatisticsPage() {
  await requireAccount({ roles: ["company"], returnTo: "/resumes/statistics" });
  const { t } = await getT();
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <Link href="/resumes" className="mb-4 inline-flex items-center gap-1.5 text-sm font-semibold text-primary underline-offset-4 hover:underline">
        <ArrowRightIcon className="size-4 rotate-180" />
        {t("resumes.backToList")}
      </Link>
      <PageHeader title={t("resumes.stats.title")} lead={t("resumes.stats.lead")} />
      <StatisticsView />
    </div>
  );
}
