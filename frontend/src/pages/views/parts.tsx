// Pieces the views pages share: the text as paragraphs, and who wrote it when.
import { formatDay } from "../../app/format";
import type { ViewsBody } from "./kinds";
import "./views.scss";

/** The text as written, a paragraph for each line typed. */
export function TextParagraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p, i) => (
        <p className="govuk-body app-views__text" key={i}>
          {p}
        </p>
      ))}
    </>
  );
}

/** "Written by Pat Taylor on 3 March 2026", and whether on the family's behalf. */
export function writtenBy(views: ViewsBody): string | null {
  if (!views.written_by || !views.updated_at) return null;
  const behalf = views.on_behalf ? " on the family's behalf" : "";
  return `Written by ${views.written_by.name}${behalf} on ${formatDay(views.updated_at)}`;
}

export function hasText(views: ViewsBody | undefined): boolean {
  return Boolean(views?.body.trim());
}
