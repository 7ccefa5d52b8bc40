import { AiError } from "./types";

/** Thrown inside a call when our own deadline passed (told apart from the caller's abort). */
export class DeadlineError extends Error {
  constructor() {
    super("timeout");
    this.name = "DeadlineError";
  }
}

/** The call's deadline: fires after `ms` (re-armable for streams) or when the caller aborts. */
export class Deadline {
  private readonly controller = new AbortController();
  private timer?: NodeJS.Timeout;
  private endsAt = 0;
  fired = false;

  constructor(
    private readonly ms: number,
    private readonly caller?: AbortSignal,
  ) {
    if (caller?.aborted) this.controller.abort(caller.reason);
    else caller?.addEventListener("abort", this.onCallerAbort, { once: true });
    this.arm();
  }

  private onCallerAbort = () => this.controller.abort(this.caller?.reason);

  get signal() {
    return this.controller.signal;
  }

  get remainingMs() {
    return this.endsAt - performance.now();
  }

  get callerAborted() {
    return Boolean(this.caller?.aborted);
  }

  arm() {
    clearTimeout(this.timer);
    this.endsAt = performance.now() + this.ms;
    this.timer = setTimeout(() => {
      this.fired = true;
      this.controller.abort(new DeadlineError());
    }, this.ms);
  }

  dispose() {
    clearTimeout(this.timer);
    this.caller?.removeEventListener("abort", this.onCallerAbort);
  }
}

export const aborted = () => new AiError("aborted", "The AI call was cancelled");

export const elapsed = (started: number) => Math.round(performance.now() - started);
