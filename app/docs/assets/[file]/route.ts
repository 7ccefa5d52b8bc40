import { docsAsset } from "@/lib/openapi/swagger-ui";

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return docsAsset((await params).file);
}
