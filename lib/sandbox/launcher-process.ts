import { failedRun, runBox, type BoxRun } from "./box";

// The sandbox launcher (see launcher.ts): a small process that starts the web server's boxes,
// since a box started from the server itself costs the server time in proportion to its memory.
// It runs what it is sent and lives as long as the channel to its parent.

process.on("message", ({ id, run, slot }: { id: number; run: BoxRun; slot: number }) => {
  void Promise.resolve()
    .then(() => runBox(run, slot))
    .catch((err: Error) => failedRun(run, `the sandbox could not start: ${err.message}`))
    .then((result) => process.send?.({ id, result }));
});
process.on("disconnect", () => process.exit(0));
