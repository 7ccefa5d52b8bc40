"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { fetchVacancies, vacanciesQueryKey } from "@/components/resumes/api";
import { BatchProgress } from "./batch-progress";
import { ResumeList } from "./resume-list";
import { UploadPanel } from "./upload-panel";

/** Upload on top, the batch being watched (if any) below it, then the list. */
export function ResumesWorkspace({ companyId }: { companyId: string }) {
  const [batches, setBatches] = useState<Array<{ id: string; files: string[] }>>([]);
  const vacancies = useQuery({ queryKey: vacanciesQueryKey(companyId), queryFn: () => fetchVacancies(companyId) });
  const options = vacancies.data ?? [];

  return (
    <div className="space-y-8">
      <UploadPanel vacancies={options} onBatch={(batch) => setBatches((list) => [batch, ...list])} />
      {batches.map((batch) => (
        <BatchProgress
          key={batch.id}
          batchId={batch.id}
          files={batch.files}
          onDismiss={() => setBatches((list) => list.filter((b) => b.id !== batch.id))}
        />
      ))}
      <ResumeList vacancies={options} />
    </div>
  );
}
