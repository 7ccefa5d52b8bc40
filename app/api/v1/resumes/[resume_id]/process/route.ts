import { handle } from "@/lib/http/handle";
import { processResume } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";

export const POST = handle(resumeEndpoints.resumeProcess, async ({ actor, params }) => {
  const r = await processResume({ actor, resumeId: params.resume_id });
  return {
    success: true,
    resume_id: r.resumeId,
    sections_found: r.sectionsFound,
    skills_found: r.skillsFound,
    experience_years: r.experienceYears,
    education_level: r.educationLevel,
  };
});
