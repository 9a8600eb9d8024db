// Documents as the API describes them, for the tests of the pages that list
// and add them.
import type { DocumentBody } from "../src/api/upload";
import { problem } from "./fakeServer";

export function documentBody(change: Partial<DocumentBody> = {}): DocumentBody {
  const id = change.id ?? "d-report";
  return {
    id,
    section: "evidence",
    case_id: "case-1",
    advice_request_id: null,
    assessment_request_id: null,
    file_name: "speech-therapy-report.pdf",
    media_type: "application/pdf",
    kind: "document",
    byte_size: 120 * 1024,
    sha256: "0".repeat(64),
    uploaded_by: { id: "u-sam", name: "Sam Patel" },
    on_behalf: false,
    uploaded_at: "2026-03-03T10:00:00Z",
    content_url: `/api/v1/documents/${id}/content`,
    redaction: null,
    ...change,
  };
}

export function photoBody(change: Partial<DocumentBody> = {}): DocumentBody {
  const id = change.id ?? "d-beach";
  return documentBody({
    id,
    section: "child_views",
    file_name: "beach.jpg",
    media_type: "image/jpeg",
    kind: "image",
    byte_size: 2 * 1024 * 1024,
    uploaded_by: { id: "u-pat", name: "Pat Taylor" },
    content_url: `/api/v1/documents/${id}/content`,
    ...change,
  });
}

/** The server's refusal of a file (413, 415, 422, 503), naming the field `file`. */
export function fileRefused(status: number, code: string, message: string): Response {
  return problem({
    type: "https://ehc-hub.example/problems/validation",
    title: "The file was not kept",
    status,
    errors: [{ field: "file", code, message }],
  });
}

/** What a page's file input is given. */
export function aFile(name: string, type: string, content = "bytes"): File {
  return new File([content], name, { type });
}
