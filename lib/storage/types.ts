export interface SignedDownloadOptions {
  /** Seconds the link works for. */
  expiresIn: number;
  /** Name the browser saves the file under. */
  filename?: string;
  contentType?: string;
}

/** Where uploaded files live: local disk, an S3-compatible bucket, or UploadThing. */
export interface FileStore {
  backend: "local" | "s3" | "uploadthing";
  /** A new random key under `prefix` (keys never come from user input). */
  newKey(prefix: string): string;
  put(key: string, data: Uint8Array, contentType?: string): Promise<void>;
  /** The file's bytes; throws FileNotFoundError when there is no such file. */
  get(key: string): Promise<Buffer>;
  stream(key: string): Promise<ReadableStream<Uint8Array>>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  /**
   * A link that downloads the file without a token until it expires: absolute for S3 and
   * UploadThing, root-relative (`/api/v1/files/...`, served by this app) for local disk.
   */
  signedDownloadUrl(key: string, opts: SignedDownloadOptions): Promise<string>;
  /** Throws when the store cannot be reached or written. */
  ping(): Promise<void>;
}

export class FileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no stored file with key ${key}`);
    this.name = "FileNotFoundError";
  }
}
