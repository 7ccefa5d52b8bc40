import yauzl from "yauzl";
import { ResumeFileError } from "./errors";
import { EXTRACT_LIMITS } from "./limits";

const BOMB = () => new ResumeFileError("ZIP_BOMB");

/**
 * Reads the named parts of a zip archive, refusing a zip bomb before inflating anything (too many
 * entries, declared sizes or compression ratios no document has) and while inflating (declared
 * sizes can lie, so the bytes actually produced are counted and capped).
 */
export async function readZipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buf, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw new ResumeFileError("CORRUPT_FILE");
  }
  try {
    return await readParts(zip, wanted);
  } finally {
    zip.close();
  }
}

async function readParts(zip: yauzl.ZipFile, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  if (zip.entryCount > EXTRACT_LIMITS.maxZipEntries) throw BOMB();
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    let declaredTotal = 0;
    zip.on("entry", (entry: yauzl.Entry) => {
      declaredTotal += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > EXTRACT_LIMITS.maxPartBytes || declaredTotal > 10 * EXTRACT_LIMITS.maxTotalInflatedBytes) {
        return reject(BOMB());
      }
      if (ratio > EXTRACT_LIMITS.maxCompressionRatio && entry.uncompressedSize > 1024 * 1024) return reject(BOMB());
      if (wanted(entry.fileName)) {
        if (entry.isEncrypted()) return reject(new ResumeFileError("ENCRYPTED"));
        entries.push(entry);
      }
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", () => reject(new ResumeFileError("CORRUPT_FILE")));
    zip.readEntry();
  });
  const parts = new Map<string, Buffer>();
  let total = 0;
  {
    for (const entry of entries) {
      const stream = await zip.openReadStreamPromise(entry).catch(() => {
        throw new ResumeFileError("CORRUPT_FILE");
      });
      const chunks: Buffer[] = [];
      let size = 0;
      await new Promise<void>((resolve, reject) => {
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          total += chunk.length;
          if (size > EXTRACT_LIMITS.maxPartBytes || total > EXTRACT_LIMITS.maxTotalInflatedBytes) {
            stream.destroy();
            return reject(BOMB());
          }
          chunks.push(chunk);
        });
        stream.on("end", () => resolve());
        stream.on("error", (err: Error) => {
          // More bytes than declared from a stream larger than its declared content: the header
          // lies to pass the checks above. Any other inflate error is plain damage.
          const lying = /too many bytes/i.test(err.message) && entry.compressedSize > entry.uncompressedSize * 1.1 + 64;
          reject(lying ? BOMB() : new ResumeFileError("CORRUPT_FILE"));
        });
      });
      parts.set(entry.fileName, Buffer.concat(chunks));
    }
  }
  return parts;
}
