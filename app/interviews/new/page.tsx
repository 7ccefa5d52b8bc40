import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentActor, requireAccount } from "@/components/server/current-actor";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { StartInterviewForm } from "./start-interview-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("room.new.title") };
}

/** A signed-in candidate starts a practice interview: language, level and the interviewer's language. */
export default async function NewInterviewPage() {
  // Companies create interviews for candidates on the list page (with an invite link), not here.
  if ((await getCurrentActor())?.role === "company") redirect("/interviews");
  await requireAccount({ roles: ["candidate", "guest", "admin"], returnTo: "/interviews/new" });
  const { t, locale } = await getT();
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("room.new.title")} lead={t("room.new.lead")} />
      <StartInterviewForm defaultInterviewLanguage={locale} />
    </div>
  );
}
