import type { Translate } from "@/lib/i18n";
import { RoomApiError } from "./api";

/** A failed call in the candidate's language: known error codes get their own words. */
export function errorText(t: Translate, err: unknown): string {
  if (err instanceof RoomApiError) {
    switch (err.code) {
      case "INTERVIEW_FINISHED":
        return t("room.error.finished");
      case "RUN_IN_PROGRESS":
        return t("room.error.runInProgress");
      case "RUNNER_ERROR":
        return t("room.error.runner", { reason: err.message });
      case "EXECUTION_TIMEOUT":
        return t("room.error.timeout");
      case "CODE_TOO_LARGE":
        return t("room.error.tooLarge");
      case "LLM_ERROR":
        return t("room.error.llm");
      case "INTERVIEW_NOT_FOUND":
        return t("room.error.notFound");
      case "RATE_LIMITED":
        return t("room.error.rateLimited");
    }
    if (err.status === 0 || err.status >= 500) return t("room.error.server", { reason: err.message });
    return err.message;
  }
  return t("room.error.network");
}
