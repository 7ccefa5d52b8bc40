import type { Metadata } from "next";
import { requireAccount } from "@/components/server/current-actor";
import { getT } from "@/lib/i18n/server";
import { LiveView } from "./live-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("interviews.live.title") };
}

/** The creating company watches an interview as it happens; the API refuses everyone else. */
export default async function LiveInterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAccount({ roles: ["company"], returnTo: `/interviews/${encodeURIComponent(id)}/live` });
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-8 sm:px-6 sm:py-10">
      <LiveView id={id} />
    </div>
  );
}
