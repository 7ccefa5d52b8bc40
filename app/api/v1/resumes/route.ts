import { handle } from "@/lib/http/handle";
import { listResumes } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";
import { listView } from "@/lib/resumes/views";

export const GET = handle(resumeEndpoints.resumeList, async ({ actor, query }) =>
  listView(
    await listResumes({
      actor,
      query: { skip: query.skip, limit: query.limit, status: query.status, vacancyId: query.vacancy_id, sortBy: query.sort_by, sortOrder: query.sort_order },
    }),
  ),
);
