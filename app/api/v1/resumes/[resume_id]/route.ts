import { handle } from "@/lib/http/handle";
import { deleteResume, getResume } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";
import { detailView } from "@/lib/resumes/views";

export const GET = handle(resumeEndpoints.resumeDetail, async ({ actor, params, query }) =>
  detailView(await getResume({ actor, resumeId: params.resume_id, vacancyId: query.vacancy_id })),
);

export const DELETE = handle(resumeEndpoints.resumeDelete, async ({ actor, params }) => {
  await deleteResume({ actor, resumeId: params.resume_id });
  return { success: true, message: "Resume deleted successfully" };
});
