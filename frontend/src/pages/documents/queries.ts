// Reads of the documents attached to a case, to advice and to a request for
// assessment, one query each, under keys whose refresh comes with their owner's.
import { useQuery } from "@tanstack/react-query";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";
import type { DocumentBody } from "../../api/upload";

export const documentKeys = {
  /** Under the case's own key: refreshing the case refreshes its documents. */
  ofCase: (caseId: string) => ["cases", "one", caseId, "documents"] as const,
  ofAdvice: (adviceRequestId: string) => ["advice", "documents", adviceRequestId] as const,
  ofRequest: (requestId: string) => ["assessment-request-documents", requestId] as const,
};

function refused(status: number, error: unknown): ApiError {
  return new ApiError(status, isProblem(error) ? error : undefined);
}

/** Every document of the case's own: both kinds of views, the evidence and the request's. */
export function useCaseDocuments(caseId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: documentKeys.ofCase(caseId),
    queryFn: async ({ signal }): Promise<DocumentBody[]> => {
      const { data, error, response } = await client.GET("/api/v1/cases/{id}/documents", {
        params: { path: { id: caseId } },
        signal,
      });
      if (data) return data.items;
      throw refused(response.status, error);
    },
  });
}

/** The documents attached to advice: for whoever may read that advice. */
export function useAdviceDocuments(adviceRequestId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: documentKeys.ofAdvice(adviceRequestId),
    enabled,
    queryFn: async ({ signal }): Promise<DocumentBody[]> => {
      const { data, error, response } = await client.GET("/api/v1/advice-requests/{id}/documents", {
        params: { path: { id: adviceRequestId } },
        signal,
      });
      if (data) return data.items;
      throw refused(response.status, error);
    },
  });
}

/** The documents attached to a request for assessment. */
export function useRequestDocuments(requestId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: documentKeys.ofRequest(requestId),
    queryFn: async ({ signal }): Promise<DocumentBody[]> => {
      const { data, error, response } = await client.GET(
        "/api/v1/assessment-requests/{id}/documents",
        { params: { path: { id: requestId } }, signal },
      );
      if (data) return data.items;
      throw refused(response.status, error);
    },
  });
}
