import type { Metadata } from "next";
import { requireAccount } from "@/components/server/current-actor";
import { getT } from "@/lib/i18n/server";
import { ReportView } from "./report-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("interviews.report.title") };
}

/**
 * A finished interview's report: the creating company reads all of it, the candidate who took it
 * their part. Who may read it is the API's decision (404 to anyone else).
 */
export default async function InterviewReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await requireAccount({ roles: ["candidate", "company", "admin", "guest"], returnTo: `/interviews/${encodeURIComponent(id)}/report` });
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10 print:max-w-none print:p-0">
      <ReportView id={id} viewer={actor.role === "company" ? "company" : "candidate"} />
    </div>
  );
}
