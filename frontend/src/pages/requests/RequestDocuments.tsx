// Supporting documents for a draft request for assessment (reports, letters,
// an assessment): the section on the draft's page, the page where its authors
// add them, and the read-only list on "check your answers".
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import type { DocumentBody, UploadTarget } from "../../api/upload";
import { Page } from "../../app/Page";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { QueriedDocumentList } from "../documents/DocumentList";
import { documentKeys, useRequestDocuments } from "../documents/queries";
import { UploadForm, useDocumentUpload } from "../documents/UploadForm";
import { FormErrorSummary } from "../sign-in/formErrors";
import { childNameOf, type AssessmentRequest } from "./content";
import { AlreadySent, Loading, RequestProblem } from "./parts";
import { useAssessmentRequest } from "./queries";

/** On the draft's page: what is attached, and the way to add more. */
export function DraftDocumentsSection({ draft }: { draft: AssessmentRequest }) {
  const documents = useRequestDocuments(draft.id);
  return (
    <section aria-labelledby="documents-heading" data-testid="request-documents">
      <h2 className="govuk-heading-m" id="documents-heading">
        Supporting documents
      </h2>
      <p className="govuk-body">
        Reports, letters or assessments that support the request, for example from a speech and
        language therapist. They are sent with it.
      </p>
      <QueriedDocumentList
        query={documents}
        label="Supporting documents"
        empty="No documents have been added yet."
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/requests/${draft.id}/documents`}>
          Add a supporting document
        </Link>
      </p>
    </section>
  );
}

/** On "check your answers": the documents that will be sent, read-only. */
export function RequestDocumentsList({ requestId }: { requestId: string }) {
  const documents = useRequestDocuments(requestId);
  return (
    <section aria-labelledby="documents-heading" data-testid="request-documents">
      <h2 className="govuk-heading-m" id="documents-heading">
        Supporting documents
      </h2>
      <QueriedDocumentList
        query={documents}
        label="Supporting documents"
        empty="No documents will be sent with the request."
      />
    </section>
  );
}

/** /requests/:id/documents: adding a document to a draft. */
export function RequestDocumentsPage() {
  const { id = "" } = useParams();
  const draft = useAssessmentRequest(id);
  if (draft.isPending) return <Loading />;
  if (draft.isError) return <RequestProblem error={draft.error} />;
  if (draft.data.status !== "draft") return <AlreadySent />;
  return <AddDocuments draft={draft.data} />;
}

function AddDocuments({ draft }: { draft: AssessmentRequest }) {
  const queryClient = useQueryClient();
  const documents = useRequestDocuments(draft.id);
  const [added, setAdded] = useState<{ name: string; n: number } | null>(null);
  const taskList = `/requests/${draft.id}`;
  const target = useMemo<UploadTarget>(() => ({ to: "request", requestId: draft.id }), [draft.id]);
  const onUploaded = useCallback(
    (document: DocumentBody) => {
      void queryClient.invalidateQueries({ queryKey: documentKeys.ofRequest(draft.id) });
      setAdded((was) => ({ name: document.file_name, n: (was?.n ?? 0) + 1 }));
    },
    [queryClient, draft.id],
  );
  const upload = useDocumentUpload(target, {
    notFound:
      "You can no longer add documents to this request: it may have been sent or deleted. Nothing was added.",
    onUploaded,
  });
  const childName = childNameOf(draft.content);
  const title = "Add a supporting document";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={taskList}>
          Back to the task list
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
          caption={childName ? `Draft for ${childName}` : "Draft request for assessment"}
        >
          <p className="govuk-body">
            Only the people who can see this draft can see its documents until it is sent. The local
            authority receives them with the request.
          </p>
          <UploadForm upload={upload} label="Upload a file" />
          <h2 className="govuk-heading-m">Documents added</h2>
          <QueriedDocumentList
            query={documents}
            label="Documents added"
            empty="No documents have been added yet."
          />
          <p className="govuk-body">
            <Link className="govuk-link" to={taskList}>
              Return to the task list
            </Link>
          </p>
        </Page>
      </div>
    </div>
  );
}
