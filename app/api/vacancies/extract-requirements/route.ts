import { proposeRequirements } from "@/lib/vacancies";
import { vacancyEndpoints } from "@/lib/vacancies/endpoints";
import { handle } from "@/lib/http/handle";

export const POST = handle(vacancyEndpoints.vacancyExtractRequirements, async ({ actor, body }) =>
  proposeRequirements({ actor, text: body.text, language: body.language }),
);
