import type { Metadata } from "next";
import { requireAccount } from "@/components/server/current-actor";
import { getT } from "@/lib/i18n/server";
import { ResumeDetailView } from "./resume-detail";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("resumes.title") };
}

/** One resume: the original file, what the analysis found, and its fit to a chosen vacancy. */
export default async function ResumePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await requireAccount({ roles: ["company"], returnTo: `/resumes/${encodeURIComponent(id)}` });
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <ResumeDetailView id={id} companyId={actor.companyId} />
    </div>
  );
}
