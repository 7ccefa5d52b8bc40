import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { s3Storage } from "@/lib/storage/s3";
import { FileNotFoundError, type FileStore } from "@/lib/storage/types";
import { startServer, type TestServer } from "../support/server";
import { api, newCredentials } from "./helpers/accounts";

// s3rver ships no types; it is a real S3-compatible server (signatures, expiry) on a free port.
const S3rver = createRequire(import.meta.url)("s3rver");

const S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

/*
 * s3rver checks a presigned link's expiry but not its SigV4 signature, which S3, Yandex Object
 * Storage and MinIO all check. So the S3 suite talks to s3rver through this front, which checks
 * presigned GETs the way S3 does (AWS Signature Version 4, query form, written from the spec
 * rather than with the SDK that made the links) and forwards everything to s3rver.
 */
const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();

function presignedSignatureValid(req: http.IncomingMessage, secretAccessKey: string): boolean {
  const url = new URL(req.url!, `http://${req.headers.host}`);
  const q = url.searchParams;
  const given = q.get("X-Amz-Signature") ?? "";
  const [, date, region, service] = (q.get("X-Amz-Credential") ?? "").split("/");
  const amzDate = q.get("X-Amz-Date") ?? "";
  if (q.get("X-Amz-SignedHeaders") !== "host" || !date || !region || !service) return false;
  const query = [...q.entries()]
    .filter(([k]) => k !== "X-Amz-Signature")
    .map(([k, v]) => [rfc3986(k), rfc3986(v)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonical = ["GET", url.pathname, query, `host:${req.headers.host}\n`, "host", "UNSIGNED-PAYLOAD"].join("\n");
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, createHash("sha256").update(canonical).digest("hex")].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), "aws4_request");
  const expected = hmac(key, toSign);
  const actual = Buffer.from(given, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

async function sigV4Front(target: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.url?.includes("X-Amz-Signature=") && !presignedSignatureValid(req, S3_CREDENTIALS.secretAccessKey)) {
      res.writeHead(403, { "content-type": "application/xml" }).end("<Error><Code>SignatureDoesNotMatch</Code></Error>");
      return;
    }
    const upstream = http.request({ host: "localhost", port: target, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode!, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return server;
}

interface Backend {
  store: FileStore;
  /** Where a signed link points: S3 links are absolute, local-disk ones are served by the app. */
  resolve: (url: string) => string;
}

const bytes = () => {
  // Every byte value, so nothing in the path may treat the file as text.
  const b = new Uint8Array(2048);
  for (let i = 0; i < b.length; i += 1) b[i] = (i * 7) % 256;
  return b;
};

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** One contract for every backend: what the rest of the app relies on from a file store. */
function storeContract(name: string, setup: () => Backend) {
  describe(`file store contract: ${name}`, () => {
    it("gives back the exact bytes it was given, whole and streamed", async () => {
      const { store } = setup();
      const key = store.newKey("contract");
      await store.put(key, bytes(), "application/octet-stream");
      expect(Buffer.compare(await store.get(key), Buffer.from(bytes()))).toBe(0);
      expect(Buffer.compare(await readAll(await store.stream(key)), Buffer.from(bytes()))).toBe(0);
    });

    it("replaces a file put twice under one key", async () => {
      const { store } = setup();
      const key = store.newKey("contract");
      await store.put(key, new TextEncoder().encode("first"), "text/plain");
      await store.put(key, new TextEncoder().encode("second"), "text/plain");
      expect((await store.get(key)).toString()).toBe("second");
    });

    it("reports a missing file as not found, and deletes for good", async () => {
      const { store } = setup();
      const key = store.newKey("contract");
      await expect(store.get(key)).rejects.toBeInstanceOf(FileNotFoundError);
      await expect(store.stream(key)).rejects.toBeInstanceOf(FileNotFoundError);
      await store.put(key, bytes(), "application/octet-stream");
      await store.delete(key);
      await expect(store.get(key)).rejects.toBeInstanceOf(FileNotFoundError);
      await expect(store.delete(key)).resolves.toBeUndefined();
    });

    it("refuses keys it did not make", async () => {
      const { store } = setup();
      await expect(store.put("../../etc/passwd", bytes())).rejects.toThrow(/invalid storage key/);
      await expect(store.get("Resumes/UPPER")).rejects.toThrow(/invalid storage key/);
    });

    it("answers a ping", async () => {
      await expect(setup().store.ping()).resolves.toBeUndefined();
    });

    it("downloads through a signed link, with the file's name, and nothing else does", async () => {
      const { store, resolve } = setup();
      const key = store.newKey("contract");
      await store.put(key, bytes(), "application/pdf");
      const url = resolve(await store.signedDownloadUrl(key, { expiresIn: 60, filename: "Резюме Анны.pdf", contentType: "application/pdf" }));

      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), Buffer.from(bytes()))).toBe(0);
      const disposition = res.headers.get("content-disposition") ?? "";
      expect(disposition).toMatch(/^attachment/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? "")).toBe("Резюме Анны.pdf");

      // A changed signature, or a valid signature over another file's link, is refused.
      const other = store.newKey("contract");
      await store.put(other, new TextEncoder().encode("secret"), "text/plain");
      for (const forged of [tamperSignature(url), pointAtOtherFile(url, key, other)]) {
        const refused = await fetch(forged);
        expect(refused.status, forged).toBe(403);
        expect(await refused.text()).not.toContain("secret");
      }
    });

    it("stops downloading once the link has expired", async () => {
      const { store, resolve } = setup();
      const key = store.newKey("contract");
      await store.put(key, bytes(), "application/octet-stream");
      const url = resolve(await store.signedDownloadUrl(key, { expiresIn: 3, filename: "a.bin" }));
      expect((await fetch(url)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 4500));
      expect((await fetch(url)).status).toBe(403);
    });
  });
}

/** The link with its signature kept but naming another file. */
function pointAtOtherFile(url: string, key: string, other: string): string {
  if (url.includes(key)) return url.replace(key, other);
  const u = new URL(url);
  const [payload, mac] = u.pathname.split("/").pop()!.split(".");
  const grant = JSON.parse(Buffer.from(payload, "base64url").toString());
  const swapped = Buffer.from(JSON.stringify({ ...grant, k: other })).toString("base64url");
  u.pathname = u.pathname.replace(/[^/]+$/, `${swapped}.${mac}`);
  return u.toString();
}

/** Changes one character of the link's signature (S3's X-Amz-Signature, or the local token's MAC). */
function tamperSignature(url: string): string {
  const u = new URL(url);
  const sig = u.searchParams.get("X-Amz-Signature");
  if (sig) {
    u.searchParams.set("X-Amz-Signature", `${sig[0] === "a" ? "b" : "a"}${sig.slice(1)}`);
    return u.toString();
  }
  const [payload, mac] = u.pathname.split("/").pop()!.split(".");
  u.pathname = u.pathname.replace(/[^/]+$/, `${payload}.${mac[0] === "A" ? "B" : "A"}${mac.slice(1)}`);
  return u.toString();
}

describe("storage on local disk, served by the app", () => {
  let server: TestServer;
  let backend: Backend;
  beforeAll(async () => {
    server = await startServer();
    // The same store the server uses: its uploads folder and the secret it made at first start.
    const secret = readFileSync(path.join(server.dataDir, "auth-secret"), "utf8").trim();
    backend = {
      store: localDiskStorage(path.join(server.dataDir, "uploads"), () => secret),
      resolve: (url) => server.url + url,
    };
  });
  afterAll(async () => {
    await server?.stop();
  });

  storeContract("local disk", () => backend);

  it("answers a made-up download link with the error envelope, not a stack", async () => {
    const res = await api(server.url)("GET", "/api/v1/files/not-a-real-token.abc");
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("FORBIDDEN");
  });
});

describe("storage on an S3-compatible server", () => {
  let s3rver: { close: () => Promise<void> };
  let front: http.Server;
  let dir: string;
  let endpoint: string;
  let backend: Backend;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "offerpath-s3-"));
    s3rver = new S3rver({ port: 0, address: "localhost", silent: true, directory: dir, configureBuckets: [{ name: "test" }] });
    const { port } = (await (s3rver as any).run()) as { port: number };
    front = await sigV4Front(port);
    endpoint = `http://localhost:${(front.address() as AddressInfo).port}`;
    backend = {
      store: s3Storage({ bucket: "test", endpoint, region: "us-east-1", forcePathStyle: true, ...S3_CREDENTIALS }),
      resolve: (url) => url,
    };
  });
  afterAll(async () => {
    front?.closeAllConnections();
    await new Promise((r) => front?.close(r));
    await s3rver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  storeContract("S3", () => backend);

  it("fails its ping when the bucket does not exist", async () => {
    const missing = s3Storage({ bucket: "no-such-bucket", endpoint, region: "us-east-1", forcePathStyle: true, ...S3_CREDENTIALS });
    await expect(missing.ping()).rejects.toThrow();
  });

  describe("chosen by S3_* variables", () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer({
        env: {
          S3_BUCKET: "test",
          S3_ENDPOINT: endpoint,
          S3_REGION: "us-east-1",
          S3_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
          S3_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
          S3_FORCE_PATH_STYLE: "true",
        },
      });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("keeps a resume uploaded at registration in the bucket", async () => {
      const creds = newCredentials("s3");
      const form = new FormData();
      for (const [k, v] of Object.entries({ email: creds.email, password: creds.password, name: "Olga", surname: "Ivanova" })) form.append(k, v);
      form.append("resume", new Blob(["Olga Ivanova\nPython developer, 5 years"], { type: "text/plain" }), "olga.txt");
      const res = await api(server.url)("POST", "/api/register", { body: form });
      expect(res.status, JSON.stringify(res.body)).toBe(201);

      const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: S3_CREDENTIALS });
      const listed = await client.send(new ListObjectsV2Command({ Bucket: "test", Prefix: "resumes/" }));
      const keys = (listed.Contents ?? []).map((o) => o.Key!);
      expect(keys).toHaveLength(1);
      expect((await backend.store.get(keys[0])).toString()).toContain("Python developer");
    });
  });
});
