import { s3Client, s3Presigner } from "@/lib/packages";
import { assertKey, newStorageKey } from "./keys";
import { contentDisposition } from "./content-disposition";
import { FileNotFoundError, type FileStore } from "./types";

export interface S3Options {
  bucket: string;
  /** Omit for AWS; https://storage.yandexcloud.net for Yandex Object Storage; MinIO's URL. */
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** bucket in the path rather than the host name: MinIO and most self-hosted servers need it. */
  forcePathStyle?: boolean;
}

const notFound = (err: unknown) => err instanceof s3Client().NoSuchKey || (err as { name?: string })?.name === "NotFound";

/** Files in an S3-compatible bucket (AWS S3, Yandex Object Storage, MinIO). */
export function s3Storage(opts: S3Options): FileStore {
  const { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } = s3Client();
  const { getSignedUrl } = s3Presigner();
  const client = new S3Client({
    region: opts.region,
    endpoint: opts.endpoint,
    forcePathStyle: opts.forcePathStyle,
    credentials:
      opts.accessKeyId && opts.secretAccessKey
        ? { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey }
        : undefined,
    // Checksums only where S3 requires them: the SDK's default trailing checksums are not
    // understood by every S3-compatible server.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = opts.bucket;

  async function body(key: string) {
    try {
      const out = await client.send(new GetObjectCommand({ Bucket, Key: assertKey(key) }));
      if (!out.Body) throw new FileNotFoundError(key);
      return out.Body;
    } catch (err) {
      throw notFound(err) ? new FileNotFoundError(key) : err;
    }
  }

  return {
    backend: "s3",
    newKey: newStorageKey,
    async put(key, data, contentType) {
      await client.send(
        new PutObjectCommand({ Bucket, Key: assertKey(key), Body: data, ContentType: contentType ?? "application/octet-stream" }),
      );
    },
    async get(key) {
      return Buffer.from(await (await body(key)).transformToByteArray());
    },
    async stream(key) {
      return (await body(key)).transformToWebStream() as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: assertKey(key) }));
    },
    async signedDownloadUrl(key, o) {
      const command = new GetObjectCommand({
        Bucket,
        Key: assertKey(key),
        ResponseContentDisposition: o.filename ? contentDisposition(o.filename) : undefined,
        ResponseContentType: o.contentType,
      });
      return getSignedUrl(client, command, { expiresIn: Math.max(1, Math.floor(o.expiresIn)) });
    },
    async ping() {
      await client.send(new HeadBucketCommand({ Bucket }));
    },
  };
}
