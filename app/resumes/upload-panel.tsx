"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { useI18n } from "@/components/i18n-provider";
import { ScanIcon } from "@/components/icons";
import {
  ACCEPTED_EXTENSIONS,
  apiJson,
  extensionOf,
  MAX_BATCH_FILES,
  MAX_FILE_BYTES,
  type ResumeSummary,
  type VacancyOption,
} from "@/components/resumes/api";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { VacancySelect } from "./vacancy-select";

const ACCEPT = [
  ...ACCEPTED_EXTENSIONS.map((ext) => `.${ext}`),
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/rtf",
  "text/rtf",
  "text/plain",
].join(",");

/**
 * The drop zone. One file goes to `POST /api/v1/resumes/upload`; several at once become a batch
 * (`POST /api/v1/batch/upload?wait=false`) whose progress the page then follows. The button and
 * the file input are the keyboard path to the same thing.
 */
export function UploadPanel({ vacancies, onBatch }: { vacancies: VacancyOption[]; onBatch: (batch: { id: string; files: string[] }) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [vacancyId, setVacancyId] = useState("");
  const hintId = useId();

  // Refuses here what the server would refuse anyway, with a reason per file and no round trip.
  function acceptable(files: File[]): File[] {
    const ok: File[] = [];
    for (const file of files) {
      if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(file.name))) toast.error(t("resumes.upload.badType", { name: file.name }));
      else if (file.size > MAX_FILE_BYTES) toast.error(t("resumes.upload.tooLarge", { name: file.name }));
      else if (file.size === 0) toast.error(t("resumes.upload.empty", { name: file.name }));
      else ok.push(file);
    }
    return ok;
  }

  async function upload(list: File[]) {
    const files = acceptable(list);
    if (files.length === 0) return;
    if (files.length > MAX_BATCH_FILES) {
      toast.error(t("resumes.upload.tooMany"));
      return;
    }
    setBusy(true);
    const form = new FormData();
    if (vacancyId) form.append("vacancy_id", vacancyId);
    try {
      if (files.length === 1) {
        form.append("file", files[0]);
        await apiJson<ResumeSummary>("/api/v1/resumes/upload", { method: "POST", body: form });
        toast.success(t("resumes.upload.done", { name: files[0].name }));
      } else {
        for (const file of files) form.append("files[]", file);
        const batch = await apiJson<{ batch_id: string }>("/api/v1/batch/upload?wait=false", { method: "POST", body: form });
        onBatch({ id: batch.batch_id, files: files.map((f) => f.name) });
      }
      await queryClient.invalidateQueries({ queryKey: ["resumes"] });
    } catch (err) {
      const name = files.length === 1 ? files[0].name : t.plural("resumes.count.files", files.length);
      toast.error(t("resumes.upload.failed", { name, reason: (err as Error).message }));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <Card aria-labelledby="upload-title">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <CardTitle id="upload-title">{t("resumes.upload.title")}</CardTitle>
        <div className="sm:w-72">
          <VacancySelect
            id="upload-vacancy"
            label={t("resumes.upload.vacancy")}
            empty={t("resumes.upload.noVacancy")}
            vacancies={vacancies}
            value={vacancyId}
            onChange={setVacancyId}
          />
        </div>
      </div>
      <div
        data-testid="drop-zone"
        data-dragging={dragging}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!busy) void upload(Array.from(e.dataTransfer.files));
        }}
        className={cn(
          "mt-5 flex flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed px-4 py-10 text-center transition-colors motion-reduce:transition-none",
          dragging ? "border-primary bg-primary-soft" : "border-border-strong bg-subtle/40",
        )}
      >
        <span className="inline-flex size-12 items-center justify-center rounded-full bg-primary-soft text-primary" aria-hidden="true">
          <ScanIcon className="size-6" />
        </span>
        <p className="font-semibold text-fg">{t("resumes.upload.drop")}</p>
        <p className="text-sm text-muted">{t("resumes.upload.or")}</p>
        <Button onClick={() => input.current?.click()} disabled={busy} aria-describedby={hintId}>
          {busy ? t("resumes.upload.sending") : t("resumes.upload.choose")}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-label={t("resumes.upload.choose")}
          data-testid="file-input"
          onChange={(e) => void upload(Array.from(e.target.files ?? []))}
        />
        <p id={hintId} className="max-w-md text-xs text-muted">
          {t("resumes.upload.hint")}
        </p>
        <p className="sr-only" role="status" aria-live="polite">
          {busy ? t("resumes.upload.sending") : ""}
        </p>
      </div>
    </Card>
  );
}
