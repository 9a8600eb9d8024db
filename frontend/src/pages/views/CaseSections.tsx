// Two sections of the case file: the views (whether each has been written, and
// the way to read and write them), and the evidence and documents (the case's
// own and those sent with the request for assessment), with "Add a document"
// for the family, their setting and the co-ordinator.
import { Link } from "react-router";
import { ApiError } from "../../api/problem";
import { useMe } from "../../auth/session";
import { SummaryList } from "../../govuk/SummaryList";
import { QueriedDocumentList } from "../documents/DocumentList";
import { useCaseDocuments } from "../documents/queries";
import { KINDS, mayAddToCase, mayWriteViews } from "./kinds";
import { hasText, writtenBy } from "./parts";
import { useCaseViews } from "./queries";

export function CaseViewsSection({ caseId }: { caseId: string }) {
  const views = useCaseViews(caseId);
  const me = useMe().data;
  if (views.isError && views.error instanceof ApiError && views.error.status === 404) return null;
  return (
    <section aria-labelledby="views-heading" data-testid="views">
      <h2 className="govuk-heading-m" id="views-heading">
        Views of the child and family
      </h2>
      {views.isPending ? <p className="govuk-body">Loading…</p> : null}
      {views.isError ? (
        <p className="govuk-body">We could not get the views. Try again in a few minutes.</p>
      ) : null}
      {views.data ? (
        <SummaryList
          rows={(["child", "parent"] as const).map((kind) => {
            const v = views.data.items.find((item) => item.kind === kind);
            return {
              key: KINDS[kind].heading,
              value: v && hasText(v) ? (writtenBy(v) ?? "Written") : "Not written yet",
            };
          })}
        />
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${caseId}/views`}>
          {mayWriteViews(me?.role)
            ? "Read, write or add photos to the views"
            : "Read the views and their photos"}
        </Link>
      </p>
    </section>
  );
}

export function CaseDocumentsSection({ caseId }: { caseId: string }) {
  const documents = useCaseDocuments(caseId);
  const me = useMe().data;
  if (documents.isError && documents.error instanceof ApiError && documents.error.status === 404) {
    return null;
  }
  return (
    <section aria-labelledby="documents-heading" data-testid="documents">
      <h2 className="govuk-heading-m" id="documents-heading">
        Evidence and documents
      </h2>
      <QueriedDocumentList
        query={documents}
        only={(d) => d.section === "evidence" || d.section === "request"}
        label="Evidence and documents"
        empty="No documents have been added to the case yet."
      />
      {mayAddToCase(me?.role) ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${caseId}/documents/new?section=evidence`}>
            Add a document
          </Link>
        </p>
      ) : null}
    </section>
  );
}
