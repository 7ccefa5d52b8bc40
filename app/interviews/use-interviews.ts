"use client";

import { useQuery } from "@tanstack/react-query";
import { apiJson, type InterviewListAnswer } from "@/components/interviews/company/api";

/** The caller's interviews (the company's, or the candidate's own); looked at again while any is running. */
export function useInterviews() {
  return useQuery({
    queryKey: ["interviews", "list"],
    queryFn: async () => (await apiJson<InterviewListAnswer>("/api/interviews")).interviews,
    refetchInterval: (q) => (q.state.data?.some((i) => i.status === "IN_PROGRESS") ? 10_000 : false),
  });
}
