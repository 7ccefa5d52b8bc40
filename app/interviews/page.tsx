import type { Metadata } from "next";
import { requireAccount } from "@/components/server/current-actor";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import { CreateInterviewForm } from "./create-interview-form";
import { InterviewList } from "./interview-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("interviews.title") };
}

/**
 * Coding interviews. A company creates one for a candidate (the invite link is shown once) and
 * follows its interviews to the live view and the report; a candidate sees their own, practice
 * and invited, and starts a practice one.
 */
export default async function InterviewsPage() {
  const { actor } = await requireAccount({ roles: ["candidate", "company", "admin", "guest"], returnTo: "/interviews" });
  const { t } = await getT();
  const company = actor.role === "company";
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
      <PageHeader title={t("interviews.title")} lead={company ? t("interviews.lead.company") : t("interviews.lead.candidate")}>
        {!company && (
          <ButtonLink href="/interviews/new" className="self-start sm:self-auto">
            {t("interviews.practice")}
          </ButtonLink>
        )}
      </PageHeader>
      <div className="space-y-8">
        {company && <CreateInterviewForm />}
        <InterviewList viewer={company ? "company" : "candidate"} />
      </div>
    </div>
  );
}
