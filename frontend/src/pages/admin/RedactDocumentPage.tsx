// "Redact a document": an administrator removes a file put where it should not
// be (the wrong child's report, say). The bytes go for good; the record, who
// redacted it and the reason stay, and the case's timeline says so.
import { useState, type FormEvent } from "react";
import { useApiClient } from "../../api/client";
import type { DocumentBody } from "../../api/upload";
import { formatDay } from "../../app/format";
import { uploaderName } from "../documents/format";
import { Page } from "../../app/Page";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { SummaryList } from "../../govuk/SummaryList";
import { TextInput } from "../../govuk/TextInput";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { FormErrorSummary, useFormErrors, type FieldMessage } from "../sign-in/formErrors";

const FIELD_IDS = { document_id: "document_id", reason: "reason" };

/** The id from what was pasted: the id itself, or a document's address that holds it. */
export function documentIdFrom(entered: string): string {
  const text = entered.trim();
  const inAddress = /\/documents\/([^/?#\s]+)/.exec(text);
  return inAddress?.[1] ?? text;
}

export function RedactDocumentPage() {
  const client = useApiClient();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [documentId, setDocumentId] = useState("");
  const [reason, setReason] = useState("");
  const [redacted, setRedacted] = useState<DocumentBody | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const id = documentIdFrom(documentId);
    const why = reason.trim();
    const missing: FieldMessage[] = [];
    if (!id) missing.push({ field: "document_id", message: "Enter the document's id" });
    if (!why) {
      missing.push({ field: "reason", message: "Enter why the document is being redacted" });
    }
    if (missing.length > 0) return showFields(missing);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/documents/{id}/redaction", {
        params: { path: { id } },
        body: { reason: why },
      });
      if (data) {
        setRedacted(data);
        setDocumentId("");
        setReason("");
        return;
      }
      setRedacted(null);
      if (response.status === 404) {
        showFields([{ field: "document_id", message: "No document has this id" }]);
      } else if (response.status === 409) {
        showFields([{ field: "document_id", message: "This document has already been redacted" }]);
      } else {
        showProblem(error, response.status);
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Redact a document";
  const reasonError = errors?.byField.reason;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {redacted && !errors ? (
          <NotificationBanner type="success" key={redacted.id}>
            <p className="govuk-notification-banner__heading">
              {redacted.file_name} has been redacted
            </p>
          </NotificationBanner>
        ) : null}
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          {redacted ? (
            <>
              <h2 className="govuk-heading-m">What was redacted</h2>
              <SummaryList
                rows={[
                  { key: "File", value: redacted.file_name },
                  { key: "Document id", value: redacted.id },
                  {
                    key: "Added by",
                    value: `${uploaderName(redacted)} on ${formatDay(redacted.uploaded_at)}`,
                  },
                  {
                    key: "Redacted",
                    value: redacted.redaction
                      ? `By ${redacted.redaction.redacted_by.name} on ${formatDay(redacted.redaction.redacted_at)}`
                      : "Yes",
                  },
                  { key: "Reason", value: redacted.redaction?.reason ?? "" },
                ]}
              />
              <h2 className="govuk-heading-m">Redact another document</h2>
            </>
          ) : (
            <p className="govuk-body">
              Redact a file that was added where it should not be, for example another child&apos;s
              report. People will see who redacted it, when and why, instead of the file.
            </p>
          )}
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The file will be removed for good. The record and your reason stay on the case
              timeline.
            </strong>
          </div>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="document_id"
              name="document_id"
              label="Document id"
              hint="For example, 01963c2e-8f3a-7b41-9a0e-5d2c8b1f4e77. You can paste the document's address."
              autoComplete="off"
              spellCheck={false}
              value={documentId}
              onChange={(event) => setDocumentId(event.target.value)}
              error={errors?.byField.document_id}
            />
            <div className={`govuk-form-group${reasonError ? " govuk-form-group--error" : ""}`}>
              <label className="govuk-label" htmlFor="reason">
                Why are you redacting it?
              </label>
              <div id="reason-hint" className="govuk-hint">
                People who can see the case will read this on its timeline.
              </div>
              {reasonError ? <ErrorMessage id="reason-error">{reasonError}</ErrorMessage> : null}
              <textarea
                className={`govuk-textarea${reasonError ? " govuk-textarea--error" : ""}`}
                id="reason"
                name="reason"
                rows={4}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-describedby={`reason-hint${reasonError ? " reason-error" : ""}`}
              />
            </div>
            <button
              type="submit"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={busy}
            >
              Redact the document
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
