// A list of documents: photos as thumbnails, everything else as a link that
// downloads the file ("report.pdf", "PDF, 120 KB"), each with who added it and
// when; a redacted one says who removed it, when and why, and has no link.
import type { UseQueryResult } from "@tanstack/react-query";
import { formatDay } from "../../app/format";
import type { DocumentBody } from "../../api/upload";
import { describeFile, isThumbnail, uploaderName } from "./format";
import "./documents.scss";

function byline(document: DocumentBody): string {
  const who = uploaderName(document);
  const behalf = document.on_behalf ? " on the family's behalf" : "";
  const request = document.section === "request" ? ", with the request for assessment" : "";
  return `Added by ${who}${behalf} on ${formatDay(document.uploaded_at)}${request}`;
}

function photoAlt(document: DocumentBody): string {
  return `Photo added by ${uploaderName(document)} on ${formatDay(document.uploaded_at)}`;
}

export function DocumentItem({ document }: { document: DocumentBody }) {
  const url = document.content_url;
  if (!url || document.redaction) {
    const redaction = document.redaction;
    return (
      <li className="app-document" data-testid="document">
        <p className="govuk-body govuk-!-margin-bottom-1">{document.file_name}</p>
        <p className="govuk-body-s app-document__byline">
          {redaction
            ? `Redacted by an administrator on ${formatDay(redaction.redacted_at)}: ${redaction.reason}`
            : "This file cannot be downloaded."}
        </p>
      </li>
    );
  }
  return (
    <li className="app-document" data-testid="document">
      {isThumbnail(document) ? (
        <img className="app-document__thumbnail" src={url} alt={photoAlt(document)} />
      ) : null}
      <p className="govuk-body govuk-!-margin-bottom-1">
        <a className="govuk-link" href={url} download>
          {document.file_name}
        </a>{" "}
        <span className="govuk-body-s">({describeFile(document)})</span>
      </p>
      <p className="govuk-body-s app-document__byline">{byline(document)}</p>
    </li>
  );
}

export function DocumentList({
  documents,
  label,
  empty,
}: {
  documents: DocumentBody[];
  /** What the list is, for screen readers, e.g. "Photos, videos and documents: About me". */
  label: string;
  /** Said when there are none. */
  empty: string;
}) {
  if (documents.length === 0) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="app-documents" aria-label={label}>
      {documents.map((document) => (
        <DocumentItem key={document.id} document={document} />
      ))}
    </ul>
  );
}

/** A list read by a query: "Loading…", a message if it failed, then the list. */
export function QueriedDocumentList({
  query,
  only,
  label,
  empty,
}: {
  query: UseQueryResult<DocumentBody[]>;
  /** Keep only these (one section of a case's documents, say). */
  only?: (document: DocumentBody) => boolean;
  label: string;
  empty: string;
}) {
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (query.isError) {
    return (
      <p className="govuk-body">We could not get the documents. Try again in a few minutes.</p>
    );
  }
  const documents = only ? query.data.filter(only) : query.data;
  return <DocumentList documents={documents} label={label} empty={empty} />;
}
