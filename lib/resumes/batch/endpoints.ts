import { config } from "@/lib/config";
import { defineEndpoint } from "@/lib/http/endpoint";
import * as s from "./schemas";

const tags = ["Resume analysis"];

export const batchEndpoints = {
  batchUpload: defineEndpoint({
    method: "POST", path: "/api/v1/batch/upload",
    summary:
      "Upload up to 50 resumes at once (multipart `files[]`, also `files` or `file`). Each file is checked and analysed on its own: " +
      "a bad file is a result with status error, never the batch's failure. Waits for the batch up to a bound (25 s by default) " +
      "and answers what is done; `?wait=false` answers at once with status processing (follow it at /batch/status/{batch_id} " +
      "or over Socket.IO `/resume-batches`). Batch status: processing, completed, or failed when every file failed.",
    tags, auth: "user", roles: ["company"], body: s.BatchUploadForm, bodyType: "multipart", query: s.BatchUploadQuery,
    maxBodyBytes: config.batch.maxUploadBytes,
    responses: { 200: s.BatchUploadResponse }, errors: [404, 413, 415],
  }),
  batchStatus: defineEndpoint({
    method: "GET", path: "/api/v1/batch/status/{batch_id}", summary: "A batch of your company: its status, counts, times and per-file results",
    tags, auth: "user", roles: ["company"], params: s.BatchIdParams, responses: { 200: s.BatchStatusResponse }, errors: [404],
  }),
  batchStatistics: defineEndpoint({
    method: "GET", path: "/api/v1/batch/statistics", summary: "Your company's batches: how many, how many succeeded or failed, average time, files processed",
    tags, auth: "user", roles: ["company"], responses: { 200: s.BatchStatisticsResponse },
  }),
};
