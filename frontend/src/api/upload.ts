// Uploading a file: the body of the request is the file itself, not JSON. It
// goes through the typed client like every other call (the same CSRF header,
// the same server clock, the same fetch stub in tests); only the body is
// handed over as it is, for the browser to stream from disk.
import type { ApiClient } from "./client";
import { isProblem, type Problem } from "./problem";
import type { components } from "./schema";

export type DocumentBody = components["schemas"]["DocumentBody"];
export type DocumentList = components["schemas"]["DocumentList"];
/** Where on a case a document goes. */
export type CaseSection = "child_views" | "parent_views" | "evidence" | "child_photo";

/** What the file is attached to. */
export type UploadTarget =
  | { to: "case"; caseId: string; section: CaseSection }
  | { to: "advice"; adviceRequestId: string }
  | { to: "request"; requestId: string }
  /** A request sent without an account, with the token its receipt gave. */
  | { to: "public-request"; reference: string; token: string };

export type UploadResult =
  | { ok: true; document: DocumentBody }
  /** The server refused it (413, 415, 422, 503...): `problem` says why, on the field `file`. */
  | { ok: false; status: number; problem: Problem | undefined };

/**
 * What the `accept` attribute of a file input offers: every type the server
 * keeps (it reads what a file is from its bytes, so this only helps people pick).
 */
export const ACCEPTED_FILES = [
  ".pdf",
  ".docx",
  ".jpg",
  ".jpeg",
  ".png",
  ".gif",
  ".webp",
  ".heic",
  ".mp4",
  ".mov",
  ".webm",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/heic",
  "video/mp4",
  "video/quicktime",
  "video/webm",
].join(",");

/** The child's photo: pictures every browser draws (no HEIC). */
export const ACCEPTED_PHOTOS = [
  ".jpg",
  ".jpeg",
  ".png",
  ".gif",
  ".webp",
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
].join(",");

/** Uploads `file` to `target`: the document the server kept, or its refusal. */
export async function uploadDocument(
  client: ApiClient,
  target: UploadTarget,
  file: File,
  signal?: AbortSignal,
): Promise<UploadResult> {
  // The contract types the body as bytes; the serializer hands the File itself
  // to fetch, which streams it with its length (so a file too large is refused
  // before it is all sent).
  const raw = {
    body: [] as number[],
    bodySerializer: () => file,
    headers: { "Content-Type": file.type || "application/octet-stream" },
    signal,
  };
  const name = file.name || undefined;
  const { data, error, response } =
    target.to === "case"
      ? await client.POST("/api/v1/cases/{id}/documents", {
          ...raw,
          params: {
            path: { id: target.caseId },
            query: { section: target.section, name },
          },
        })
      : target.to === "advice"
        ? await client.POST("/api/v1/advice-requests/{id}/documents", {
            ...raw,
            params: { path: { id: target.adviceRequestId }, query: { name } },
          })
        : target.to === "request"
          ? await client.POST("/api/v1/assessment-requests/{id}/documents", {
              ...raw,
              params: { path: { id: target.requestId }, query: { name } },
            })
          : await client.POST("/api/v1/public/assessment-requests/{id}/documents", {
              ...raw,
              params: {
                path: { id: target.reference },
                query: { name },
                header: { "X-Upload-Token": target.token },
              },
            });
  if (data) return { ok: true, document: data };
  return { ok: false, status: response.status, problem: isProblem(error) ? error : undefined };
}
