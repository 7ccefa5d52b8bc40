import { config } from "@/lib/config";
import { errorResponse, handle, type RouteContext } from "@/lib/http/handle";
import { fileTooLarge, uploadResume } from "@/lib/resumes";
import { resumeEndpoints } from "@/lib/resumes/endpoints";
import { uploadedView } from "@/lib/resumes/views";

const upload = handle(resumeEndpoints.resumeUpload, async ({ actor, body }) =>
  uploadedView(await uploadResume({ actor, file: body.file, vacancyId: body.vacancy_id, vacancyCode: body.vacancy_code })),
);

// Room for the multipart envelope and the form's other fields around a file of the limit.
const FORM_OVERHEAD = 64 * 1024;

/** A body declared over the limit is refused with seed 004's words before any of it is read. */
export async function POST(req: Request, ctx?: RouteContext): Promise<Response> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > config.maxUploadBytes + FORM_OVERHEAD) return errorResponse(fileTooLarge());
  return upload(req, ctx);
}
