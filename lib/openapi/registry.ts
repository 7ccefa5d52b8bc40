import type { Endpoint } from "@/lib/http/endpoint";
import { aiEndpoints } from "@/lib/ai/endpoints";
import { authEndpoints } from "@/lib/auth/endpoints";
import { recoveryEndpoints } from "@/lib/auth/endpoints";
import * as authSchemas from "@/lib/auth/schemas";
import { interviewEndpoints } from "@/lib/interviews/endpoints";
import { mailEndpoints } from "@/lib/mail/endpoints";
import { companyEndpoints } from "@/lib/companies/endpoints";
import * as companySchemas from "@/lib/companies/schemas";
import { HealthResponse, monitoringEndpoints } from "@/lib/monitoring/endpoints";
import { queueEndpoints } from "@/lib/queue/endpoints";
import { resumeEndpoints } from "@/lib/resumes/endpoints";
import { batchEndpoints } from "@/lib/resumes/batch/endpoints";
import { storageEndpoints } from "@/lib/storage/endpoints";
import { vacancyEndpoints } from "@/lib/vacancies/endpoints";
import { openapiEndpoints } from "./endpoints";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any endpoint, whatever its schemas
export type AnyEndpoint = Endpoint<any, any, any, any>;
export type EndpointCollection = Record<string, AnyEndpoint>;

/**
 * Every module's endpoint collection: the OpenAPI document at /api/openapi.json is built from
 * these and nothing else, and tests/unit/openapi-coverage.test.ts fails for any route file whose
 * endpoint is missing here. To document a module, add ONE line:
 *
 *     ai: aiEndpoints,            // with `import { aiEndpoints } from "@/lib/ai/endpoints";`
 *
 * The key is the module's name; the collection's keys become operationIds.
 */
export const endpointCollections: Record<string, EndpointCollection> = {
  ai: aiEndpoints,
  auth: authEndpoints,
  recovery: recoveryEndpoints,
  interviews: interviewEndpoints,
  mail: mailEndpoints,
  companies: companyEndpoints,
  monitoring: monitoringEndpoints,
  openapi: openapiEndpoints,
  queue: queueEndpoints,
  resumes: resumeEndpoints,
  storage: storageEndpoints,
  resumeBatches: batchEndpoints,
  vacancies: vacancyEndpoints,
};

/**
 * Optional: modules (or objects) whose exported zod schemas are listed in components.schemas
 * under their export names. A schema not named here is still documented, under a name derived
 * from its endpoint (`V1RegisterRequest`, `CompaniesResponse`).
 */
export const schemaSources: Record<string, unknown>[] = [authSchemas, companySchemas, { HealthResponse }];
