// The text of a downloaded PDF, as poppler's `pdftotext` reads it: what a
// person would see printed, page by page.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const PDFTOTEXT = "/usr/bin/pdftotext";

/** The text of the PDF at `file`; fails (never skips) when pdftotext is not installed. */
export function pdfText(file: string): string {
  if (!existsSync(PDFTOTEXT)) {
    throw new Error(
      `${PDFTOTEXT} is missing, so the plan's PDF cannot be read: run \`make chromium\`, which installs poppler-utils with the browser`,
    );
  }
  return execFileSync(PDFTOTEXT, [file, "-"], { encoding: "utf8" });
}
