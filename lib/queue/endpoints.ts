import { defineEndpoint } from "@/lib/http/endpoint";
import { JobIdParams, JobStateResponse, QueueHealthResponse, SelftestBody, SelftestResponse } from "./schemas";

const tags = ["Monitoring: jobs"];

// Admin diagnostics: they show that jobs run, whichever backend and process runs them.
export const queueEndpoints = {
  queueHealth: defineEndpoint({
    method: "GET", path: "/api/v1/monitoring/jobs", summary: "Job queue backend and job counts by status (admins)",
    tags, auth: "user", roles: ["admin"], responses: { 200: QueueHealthResponse },
  }),
  jobSelftest: defineEndpoint({
    method: "POST", path: "/api/v1/monitoring/jobs/selftest",
    summary: "Queue the system.sleep-steps job, which sleeps in steps reporting progress (admins)",
    tags, auth: "user", roles: ["admin"], body: SelftestBody, responses: { 202: SelftestResponse },
  }),
  getJob: defineEndpoint({
    method: "GET", path: "/api/v1/monitoring/jobs/{job_id}", summary: "Any background job's status, progress and result (admins)",
    tags, auth: "user", roles: ["admin"], params: JobIdParams, responses: { 200: JobStateResponse }, errors: [404],
  }),
  // For the people a job runs for: a batch import's progress, an export's result.
  getOwnJob: defineEndpoint({
    method: "GET", path: "/api/v1/jobs/{job_id}",
    summary: "The status, progress and result of a background job run for you or your company (404 for anyone else's)",
    tags: ["Jobs"], auth: "user", params: JobIdParams, responses: { 200: JobStateResponse }, errors: [404],
  }),
};
