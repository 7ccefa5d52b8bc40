import type { Metadata } from "next";
import { Suspense } from "react";
import { requireAccount } from "@/components/server/current-actor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { ResumeListSkeleton } from "./resume-list";
import { ResumesWorkspace } from "./resumes-workspace";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("resumes.title") };
}

/** The company's resumes: upload (one file or a batch) and the filtered, sorted list. */
export default async function ResumesPage() {
  const { actor } = await requireAccount({ roles: ["company"], returnTo: "/resumes" });
  const { t } = await getT();
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("resumes.title")} lead={t("resumes.lead")}>
        <ButtonLink href="/resumes/statistics" variant="secondary" className="self-start sm:self-auto">
          {t("resumes.statisticsLink")}
        </ButtonLink>
      </PageHeader>
      {/* The list reads its filters from the URL, which needs a Suspense boundary. */}
      <Suspense fallback={<ResumeListSkeleton label={t("resumes.list.loading")} />}>
        <ResumesWorkspace companyId={actor.companyId} />
      </Suspense>
    </div>
  );
}
