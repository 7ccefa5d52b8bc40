import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAccount } from "@/components/server/current-actor";
import { PageHeader } from "@/components/ui/page-header";
import { ApiError } from "@/lib/http/errors";
import { getT } from "@/lib/i18n/server";
import { getVacancy, getVacancyQuestions, isOwner, skillSuggestions } from "@/lib/vacancies";
import { vacancyView } from "@/lib/vacancies/views";
import { DeleteVacancy } from "../delete-vacancy";
import { QuestionsEditor } from "../questions-editor";
import { RankedResumes } from "../ranked-resumes";
import { StatusBadge } from "../status-badge";
import { VacancyEditor } from "../vacancy-editor";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("vacancies.editTitle") };
}

export default async function VacancyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await requireAccount({ roles: ["company"], returnTo: `/vacancies/${id}` });
  // Another company's vacancy is "not found" here too, as in the API.
  const vacancy = await getVacancy({ actor, vacancyId: id }).catch((err) => {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  });
  if (!vacancy || !isOwner(actor, vacancy)) notFound();
  const { questions } = await getVacancyQuestions({ actor, vacancyId: vacancy.id });
  const { t } = await getT();
  const view = vacancyView(vacancy, { owner: true });

  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-10 sm:px-6 sm:py-12">
      <div>
        <Link href="/vacancies" className="mb-4 inline-block text-sm text-muted hover:text-fg hover:underline">
          ← {t("vacancies.back")}
        </Link>
        <PageHeader title={view.title} lead={`${view.code} · ${t.plural("vacancies.count.resumes", view.resumes_count ?? 0)}`}>
          <StatusBadge status={view.status} t={t} />
        </PageHeader>
      </div>
      <RankedResumes vacancyId={view.id} />
      <VacancyEditor key={view.updated_at} vacancy={view} suggestions={skillSuggestions()} />
      <QuestionsEditor vacancyId={view.id} initial={questions.map((q) => ({ text: q.text, key_points: q.keyPoints }))} />
      <div className="flex justify-end border-t border-border pt-6">
        <DeleteVacancy vacancyId={view.id} />
      </div>
    </div>
  );
}
