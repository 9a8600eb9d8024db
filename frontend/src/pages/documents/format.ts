// Plain words for what a document is and how big: "PDF, 120 KB".
import type { DocumentBody } from "../../api/upload";

const TYPE_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/gif": "GIF",
  "image/webp": "WebP",
  "image/heic": "HEIC",
  "video/mp4": "MP4 video",
  "video/quicktime": "MOV video",
  "video/webm": "WebM video",
};

export function typeName(mediaType: string): string {
  return TYPE_NAMES[mediaType] ?? mediaType;
}

/** "120 KB", "1.2 MB", "15 MB" (1 KB is 1,024 bytes, as the limits are counted). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? Number(mb.toFixed(1)) : Math.round(mb)} MB`;
}

/** "PDF, 120 KB" */
export function describeFile(document: Pick<DocumentBody, "media_type" | "byte_size">): string {
  return `${typeName(document.media_type)}, ${formatSize(document.byte_size)}`;
}

/**
 * Shown as a thumbnail: a photo the browser can draw. HEIC (an iPhone's
 * photos) only draws in Safari, so elsewhere it is a link like a document.
 */
export function isThumbnail(document: Pick<DocumentBody, "kind" | "media_type">): boolean {
  return document.kind === "image" && document.media_type !== "image/heic";
}

/** Who added it: a file sent with the public request form has no account behind it. */
export function uploaderName(document: Pick<DocumentBody, "uploaded_by">): string {
  return document.uploaded_by?.name || "the family";
}
