"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { callApi } from "./api-client";

/** Deleting asks once, inline; it takes the questions and fit scores with it. */
export function DeleteVacancy({ vacancyId }: { vacancyId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function remove() {
    setBusy(true);
    try {
      const res = await callApi("DELETE", `/api/vacancies/${vacancyId}`);
      if (!res.ok) throw new Error(res.code);
      toast.success(t("vacancies.deleted"));
      router.push("/vacancies");
      router.refresh();
    } catch {
      toast.error(t("vacancies.failed"));
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t("vacancies.delete")}
      </Button>
    );
  }
  return (
    <div role="group" className="flex flex-col gap-2 rounded-xl border border-danger/30 bg-danger-soft p-3 sm:flex-row sm:items-center">
      <p className="text-sm text-danger">{t("vacancies.deleteConfirm")}</p>
      <div className="flex gap-2">
        <Button variant="danger" size="sm" onClick={remove} disabled={busy}>
          {t("vacancies.deleteYes")}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setConfirming(false)} disabled={busy}>
          {t("vacancies.cancel")}
        </Button>
      </div>
    </div>
  );
}
