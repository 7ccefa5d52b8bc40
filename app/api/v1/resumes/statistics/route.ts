import { handle } from "@/lib/http/handle";
import { resumeStatistics } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";

export const GET = handle(resumeEndpoints.resumeStatistics, async ({ actor }) => (await resumeStatistics({ actor })).value);
