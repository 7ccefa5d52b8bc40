import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The environment is parsed once, here, by one schema made of a section per module; everything
// else imports the typed `config`. A module that needs a setting adds it to its section (and to
// .env.example), never reads process.env itself.
const flag = (fallback: "true" | "false") => z.enum(["true", "false", "1", "0"]).default(fallback).transform((v) => v === "true" || v === "1");

const serverEnv = {
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Behind a reverse proxy: trust its X-Forwarded-For/-Host/-Proto. Off, they are dropped.
  TRUST_PROXY: flag("false"),
  // "off" sends API requests through Next's router instead of the server's own table (server/api-fast-path.ts).
  API_FAST_PATH: z.enum(["on", "off"]).default("on"),
  CORS_ORIGINS: z.string().default(""),
};
const databaseEnv = {
  DATABASE_URL: z.string().url().optional(),
  DEMO_DATA: z.enum(["auto", "off"]).default("auto"),
};
const redisEnv = {
  REDIS_URL: z.string().optional(),
  // Namespaces every Redis key (cache, rate limits, Socket.IO, queues) so several deployments or
  // test runs can share one Redis.
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/).default("offerpath"),
};
const authEnv = {
  AUTH_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(3600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(30),
  LOGIN_FAILURES_PER_MINUTE: z.coerce.number().int().positive().default(10),
  // bcrypt's work factor. 10 keeps a login near 60-120 ms; test servers use 4 (about 2 ms),
  // since hundreds of sign-ups per test run would otherwise spend minutes of CPU hashing.
  AUTH_PASSWORD_COST: z.coerce.number().int().min(4).max(15).default(10),
};
const httpEnv = {
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(100),
  MAX_JSON_BODY_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
};
const queueEnv = {
  // Background jobs: "off" makes this process only enqueue (web processes of a cluster).
  QUEUE_WORKERS: z.enum(["on", "off"]).default("on"),
  QUEUE_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
  QUEUE_POLL_MS: z.coerce.number().int().min(50).default(1000),
};
const batchEnv = {
  // Resume batches (seed 004 /batch/upload): the whole multipart body of one batch, how long the
  // upload waits for the batch to finish before answering "processing", and how many batch jobs
  // one worker process runs at once (each batch also limits itself to its max_concurrent).
  BATCH_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(200 * 1024 * 1024),
  BATCH_WAIT_SECONDS: z.coerce.number().min(0).max(300).default(25),
  BATCH_JOB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
};
const storageEnv = {
  // Files: UploadThing when its token is set, else S3 when a bucket is set, else local disk.
  UPLOADTHING_TOKEN: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: flag("false"),
};
const aiEnv = {
  // The provider's own settings (OPENAI_*, AI_MODEL) are parsed in lib/ai/config.ts.
  // Whether a user's own AI base URL may reach private, loopback or link-local addresses (the
  // server would be calling into its own network for them: SSRF). Off unless the operator says so,
  // e.g. for a local Ollama every user may use. The operator's OPENAI_BASE_URL is trusted as is.
  AI_ALLOW_PRIVATE_BASE_URLS: flag("false"),
};
const sandboxEnv = {
  // Coding interviews' sandbox (lib/sandbox): boxes running at once in this process (default: the
  // number of cores), so runs queue instead of starving the web server.
  SANDBOX_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  // "true" sends runs through BullMQ (REDIS_URL) to `npm run worker` processes, possibly on other machines.
  SANDBOX_REMOTE: flag("false"),
  // How long the web process waits for a remote runner's answer before giving up (504).
  SANDBOX_REMOTE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  // A root server runs each concurrent box as its own user (no account needed), from a random block
  // of 256 ids per process above SANDBOX_FIRST_UID (lib/sandbox/box-command.ts).
  SANDBOX_FIRST_UID: z.coerce.number().int().min(1000).max(4_000_000_000).default(61_000),
  // Development only: run candidate code WITHOUT bubblewrap (no isolation at all). Never the default.
  SANDBOX_UNSAFE_DEV: flag("false"),
};
const mailEnv = {
  // SMTP when SMTP_URL is set, else an outbox table an admin reads at /admin/outbox.
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Offerpath <no-reply@offerpath.local>"),
  // The public address links in mail point to; without it, the address the request came to.
  APP_URL: z.string().url().optional(),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().positive().default(30),
  EMAIL_VERIFICATION_TTL_HOURS: z.coerce.number().positive().default(48),
  // Reset and verification mails asked for, per hour: per address, and per client address.
  MAIL_REQUESTS_PER_EMAIL_PER_HOUR: z.coerce.number().int().positive().default(5),
  MAIL_REQUESTS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(20),
};

export const EnvSchema = z.object({
  ...serverEnv,
  ...databaseEnv,
  ...redisEnv,
  ...authEnv,
  ...httpEnv,
  ...queueEnv,
  ...batchEnv,
  ...storageEnv,
  ...aiEnv,
  ...mailEnv,
  ...sandboxEnv,
});

/** Reads an environment (process.env by default) into the typed config; exported for its test. */
export function loadConfig(source: Record<string, string | undefined> = process.env) {
  const env = EnvSchema.parse(source);
  const dataDir = path.resolve(env.DATA_DIR);
  // The embedded setup: PGlite in ./data, demo accounts, a generated secret. Production sets
  // DATABASE_URL and gets none of that.
  const embedded = !env.DATABASE_URL;
  const production = env.NODE_ENV === "production" && !embedded;
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    dataDir,
    uploadsDir: path.join(dataDir, "uploads"),
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    embedded,
    production,
    demoMode: embedded && env.DEMO_DATA === "auto",
    queue: { workers: env.QUEUE_WORKERS === "on", leaseMs: env.QUEUE_LEASE_MS, pollMs: env.QUEUE_POLL_MS },
    batch: { maxUploadBytes: env.BATCH_MAX_UPLOAD_BYTES, waitSeconds: env.BATCH_WAIT_SECONDS, jobConcurrency: env.BATCH_JOB_CONCURRENCY },
    storage: {
      uploadthingToken: env.UPLOADTHING_TOKEN,
      s3: env.S3_BUCKET
        ? {
            bucket: env.S3_BUCKET,
            endpoint: env.S3_ENDPOINT,
            region: env.S3_REGION,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
          }
        : undefined,
    },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      appUrl: env.APP_URL?.replace(/\/+$/, ""),
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      emailVerificationTtlHours: env.EMAIL_VERIFICATION_TTL_HOURS,
      requestsPerEmailPerHour: env.MAIL_REQUESTS_PER_EMAIL_PER_HOUR,
      requestsPerIpPerHour: env.MAIL_REQUESTS_PER_IP_PER_HOUR,
    },
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    loginFailuresPerMinute: env.LOGIN_FAILURES_PER_MINUTE,
    passwordCost: env.AUTH_PASSWORD_COST,
    maxJsonBodyBytes: env.MAX_JSON_BODY_BYTES,
    maxUploadBytes: env.MAX_UPLOAD_BYTES,
    corsOrigins: env.CORS_ORIGINS.split(",").map((s) => s.trim()).filter(Boolean),
    logLevel: env.LOG_LEVEL,
    authSecretFromEnv: env.AUTH_SECRET,
    ai: { allowPrivateBaseUrls: env.AI_ALLOW_PRIVATE_BASE_URLS },
    sandbox: {
      concurrency: env.SANDBOX_CONCURRENCY,
      remote: env.SANDBOX_REMOTE,
      remoteTimeoutMs: env.SANDBOX_REMOTE_TIMEOUT_MS,
      unsafeDev: env.SANDBOX_UNSAFE_DEV,
      firstUid: env.SANDBOX_FIRST_UID,
    },
    server: { trustProxy: env.TRUST_PROXY, apiFastPath: env.API_FAST_PATH === "on" },
  };
}

export type Config = ReturnType<typeof loadConfig>;
export const config: Config = loadConfig();

let secret: string | undefined;
/**
 * The key that signs access tokens and Auth.js cookies. Production must set AUTH_SECRET; the
 * embedded setup makes one on first start and keeps it in the data folder so sessions survive
 * restarts.
 */
export function authSecret(): string {
  if (secret) return secret;
  if (config.authSecretFromEnv) return (secret = config.authSecretFromEnv);
  if (config.production) throw new Error("AUTH_SECRET must be set (32+ characters) in production");
  const file = path.join(config.dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  secret = readFileSync(file, "utf8").trim();
  process.env.AUTH_SECRET ??= secret;
  return secret;
}

/** Behind a reverse proxy, the client's address comes from X-Forwarded-For. */
export const trustProxy = config.server.trustProxy;
