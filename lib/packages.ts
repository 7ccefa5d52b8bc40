import { createRequire } from "node:module";

/*
 * Packages that only some setups or some requests need, loaded on first use instead of at import.
 * Each costs 150-500 ms of CPU to load (bullmq with ioredis about 600), paid by every server
 * process at start, every test server and every test worker that imports the module, whether or
 * not Redis, S3 or a user's own AI endpoint is configured. Modules take their types with
 * `import type` and their values from here.
 */
const load = createRequire(import.meta.url);

export const ioredis = () => load("ioredis") as typeof import("ioredis");
export const bullmq = () => load("bullmq") as typeof import("bullmq");
export const undici = () => load("undici") as typeof import("undici");
export const s3Client = () => load("@aws-sdk/client-s3") as typeof import("@aws-sdk/client-s3");
export const s3Presigner = () => load("@aws-sdk/s3-request-presigner") as typeof import("@aws-sdk/s3-request-presigner");
