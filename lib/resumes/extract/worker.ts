// An extraction worker thread: reads files the pool sends, one at a time, and answers with the
// document or the reason it was refused. Bundled into dist/resume-extract-worker.mjs by
// scripts/build-server.mjs; compiled with esbuild on first use when running from source (pool.ts).
import { parentPort } from "node:worker_threads";
import { ResumeFileError } from "./errors";
import { extractDocumentInProcess } from "./extract-in-process";
import { preloadPdf } from "./pdf";
import type { ExtractReply, ExtractRequest } from "./protocol";

const port = parentPort;
if (port) {
  const reply = (message: ExtractReply) => port.postMessage(message);
  port.on("message", async (req: ExtractRequest) => {
    try {
      const doc = await extractDocumentInProcess(req.bytes, req.format);
      reply({ id: req.id, ok: true, doc });
    } catch (err) {
      const e = err instanceof ResumeFileError ? err : new ResumeFileError("CORRUPT_FILE");
      reply({ id: req.id, ok: false, code: e.code, message: e.message });
    }
  });
  preloadPdf().then(
    () => reply({ id: -1, ready: true }),
    () => reply({ id: -1, ready: true }),
  );
}
