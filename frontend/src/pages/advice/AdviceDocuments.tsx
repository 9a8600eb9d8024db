// Supporting documents for advice (a report, an assessment): the task on the
// advice's task list, the page where the adviser adds them while the advice
// can still be changed, and the read-only list shown with submitted advice.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { Link } from "react-router";
import type { DocumentBody, UploadTarget } from "../../api/upload";
import { Page } from "../../app/Page";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { QueriedDocumentList } from "../documents/DocumentList";
import { documentKeys, useAdviceDocuments } from "../documents/queries";
import { UploadForm, useDocumentUpload } from "../documents/UploadForm";
import { FormErrorSummary } from "../sign-in/formErrors";
import { useAdviceDraft } from "./AdviceDraft";
import type { AdviceRequest } from "./labels";

/** "Supporting documents" on the task list: optional, with how many are added. */
export function SupportingDocumentsTask({ request }: { request: AdviceRequest }) {
  const documents = useAdviceDocuments(request.id, request.you_may.read_response);
  const count = documents.data?.length ?? 0;
  return (
    <ul className="govuk-task-list">
      <li className="govuk-task-list__item govuk-task-list__item--with-link">
        <div className="govuk-task-list__name-and-hint">
          <Link
            className="govuk-link govuk-task-list__link"
            to={`/advice-requests/${request.id}/documents`}
            aria-describedby="task-documents-hint task-documents-status"
          >
            Supporting documents
          </Link>
          <div id="task-documents-hint" className="govuk-task-list__hint">
            Optional: reports or assessments to send with your advice
          </div>
        </div>
        <div className="govuk-task-list__status" id="task-documents-status">
          {count === 0 ? "None added" : `${count} added`}
        </div>
      </li>
    </ul>
  );
}

/** The documents with advice that can no longer change, as download links. */
export function AdviceDocumentsList({
  request,
  headingLevel = 2,
  addTo,
}: {
  request: AdviceRequest;
  headingLevel?: 2 | 3;
  /** While the advice can change: the page where documents are added. */
  addTo?: string;
}) {
  const documents = useAdviceDocuments(request.id, request.you_may.read_response);
  if (!request.you_may.read_response) return null;
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <>
      <Heading className="govuk-heading-m">Supporting documents</Heading>
      <QueriedDocumentList
        query={documents}
        label="Supporting documents"
        empty={
          addTo ? "You have not added any documents." : "No documents were added to this advice."
        }
      />
      {addTo ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={addTo}>
            Add a supporting document
          </Link>
        </p>
      ) : null}
    </>
  );
}

/** /advice-requests/:id/documents: the list, and adding to it while the advice is a draft. */
export function AdviceDocumentsPage() {
  const { request, editable } = useAdviceDraft();
  const queryClient = useQueryClient();
  const documents = useAdviceDocuments(request.id, request.you_may.read_response);
  const [added, setAdded] = useState<{ name: string; n: number } | null>(null);
  const base = `/advice-requests/${request.id}`;
  const target = useMemo<UploadTarget>(
    () => ({ to: "advice", adviceRequestId: request.id }),
    [request.id],
  );
  const onUploaded = useCallback(
    (document: DocumentBody) => {
      void queryClient.invalidateQueries({ queryKey: documentKeys.ofAdvice(request.id) });
      setAdded((was) => ({ name: document.file_name, n: (was?.n ?? 0) + 1 }));
    },
    [queryClient, request.id],
  );
  const upload = useDocumentUpload(target, {
    notFound:
      "You can no longer add documents to this advice: it may have been submitted or withdrawn. Nothing was added.",
    onUploaded,
  });
  const title = "Supporting documents";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={base}>
          Back to the request
        </Link>
        {added && !upload.errors ? (
          <NotificationBanner type="success" key={added.n}>
            <p className="govuk-notification-banner__heading">{added.name} added</p>
          </NotificationBanner>
        ) : null}
        <FormErrorSummary errors={upload.errors} attempt={upload.attempt} />
        <Page
          title={upload.errors ? `Error: ${title}` : title}
          heading={title}
          caption={request.case_ref}
        >
          <p className="govuk-body">
            Add any reports or assessments that support your advice. They go with your advice, to
            the people who can read it.
          </p>
          <h2 className="govuk-heading-m">Documents added</h2>
          <QueriedDocumentList
            query={documents}
            label="Documents added"
            empty="You have not added any documents."
          />
          {editable ? (
            <UploadForm upload={upload} label="Add a document" />
          ) : (
            <div className="govuk-inset-text">
              Documents can only be added while the advice is being written.
            </div>
          )}
          <p className="govuk-body">
            <Link className="govuk-link" to={base}>
              {editable ? "Return to your advice" : "Back to the request"}
            </Link>
          </p>
        </Page>
      </div>
    </div>
  );
}
