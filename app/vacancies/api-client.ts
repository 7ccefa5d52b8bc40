// The vacancy pages call the same API as any client (cookie session, same origin), and read its
// error envelope: field issues go under their fields, the rest becomes a toast.

export interface ApiResult<T> {
  ok: boolean;
  status: number;
  data: T;
  /** First segment of each invalid field's path -> true. */
  fieldErrors: Record<string, true>;
  code?: string;
}

export async function callApi<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => null);
  const fieldErrors: Record<string, true> = {};
  const issues = data?.error?.details?.issues;
  if (Array.isArray(issues)) for (const issue of issues) fieldErrors[String(issue.path ?? "").split(".")[0] || "form"] = true;
  if (data?.error?.details?.field) fieldErrors[String(data.error.details.field)] = true;
  return { ok: res.ok, status: res.status, data: data as T, fieldErrors, code: data?.error?.code };
}
