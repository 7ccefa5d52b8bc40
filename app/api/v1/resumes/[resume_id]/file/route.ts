import { handle } from "@/lib/http/handle";
import { openResumeFile } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";

export const GET = handle(resumeEndpoints.resumeFile, async ({ actor, params, query }) => {
  const file = await openResumeFile({ actor, resumeId: params.resume_id, inline: query.inline === true });
  return new Response(file.body, { status: 200, headers: file.headers });
});
