import { randomBytes } from "node:crypto";
import os from "node:os";

/** Names this worker in `locked_by`, so an operator can tell which machine and process holds a job. */
export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}
