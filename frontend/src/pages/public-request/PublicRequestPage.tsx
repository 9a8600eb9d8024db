// "Ask for an EHC needs assessment", for a parent, carer or young person
// without an account: one page of questions (the child, you, your concerns,
// your views and your child's), then "check your answers", then the
// confirmation with the reference and the date by which the local authority
// must decide. The form has one Idempotency-Key for its whole life, so a double
// click, or sending again after the connection dropped, makes one request.
import { useCallback, useEffect, useMemo, useState, type FormEvent } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import type { components } from "../../api/schema";
import type { DocumentBody, UploadTarget } from "../../api/upload";
import { UploadForm, useDocumentUpload } from "../documents/UploadForm";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors, type FieldMessage } from "../sign-in/formErrors";
import { ContentFields, INVALID_BORN_ON, withBornOn } from "../requests/ContentFields";
import {
  CHILD,
  CONCERNS,
  emptyContent,
  fieldId,
  fieldIdsOf,
  PARENT,
  VIEWS,
  type RequestContent,
  type Section,
} from "../requests/content";
import { dateFromParts, formatDate, NO_DATE, type DateParts } from "../requests/dates";
import { PanelPage } from "../requests/parts";
import { RequestAnswers } from "../requests/RequestAnswers";

type Receipt = components["schemas"]["PublicRequestReceipt"];

/** The child's section without the question the family form does not ask. */
const FAMILY_CHILD: Section = {
  ...CHILD,
  fields: CHILD.fields.filter((f) => f !== "child.parental_responsibility"),
  rows: (content) => CHILD.rows(content).filter((r) => r.field !== "child.parental_responsibility"),
};

const SECTIONS: Section[] = [FAMILY_CHILD, PARENT, CONCERNS, VIEWS];

const TITLES: Partial<Record<Section["slug"], string>> = {
  child: "Your child",
  parent: "Your details",
  concerns: "Your concerns",
  views: "Your views and your child's views",
};

const FIELD_IDS = fieldIdsOf(SECTIONS);

export function PublicRequestPage() {
  const client = useApiClient();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const { errors, attempt, showFields, showProblem, clear } = useFormErrors(FIELD_IDS);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [content, setContent] = useState<RequestContent>(emptyContent);
  const [bornOn, setBornOn] = useState<DateParts>(NO_DATE);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [busy, setBusy] = useState(false);
  const checking = params.get("step") === "check";

  // "Change" on the check page comes back to the field it is about.
  useEffect(() => {
    if (checking || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.focus();
    target?.scrollIntoView?.({ block: "center" });
  }, [checking, location.hash]);

  if (receipt) return <Confirmation receipt={receipt} />;

  const onContinue = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: FieldMessage[] = [];
    const { child, parent } = content;
    if (!child.given_names.trim()) {
      problems.push({ field: "child.given_names", message: "Enter your child's first name" });
    }
    if (!child.family_name.trim()) {
      problems.push({ field: "child.family_name", message: "Enter your child's last name" });
    }
    const born = dateFromParts(bornOn);
    if (born.kind === "empty") {
      problems.push({ field: "child.born_on", message: "Enter your child's date of birth" });
    } else if (born.kind === "invalid") {
      problems.push({ field: "child.born_on", message: INVALID_BORN_ON });
    }
    if (!parent.name.trim()) {
      problems.push({ field: "parent.name", message: "Enter your full name" });
    }
    if (!parent.email.trim()) {
      problems.push({
        field: "parent.email",
        message: "Enter your email address, so that we can invite you to follow the request",
      });
    }
    if (!content.concerns.trim()) {
      problems.push({ field: "concerns", message: "Tell us about your concerns" });
    }
    if (problems.length > 0) return showFields(problems);
    clear();
    // The check page's heading takes focus (and so the screen scrolls to it).
    setParams({ step: "check" });
  };

  const send = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/public/assessment-requests", {
        params: { header: { "Idempotency-Key": idempotencyKey } },
        body: { content },
      });
      if (data) {
        setReceipt(data);
        return;
      }
      // Problems with the answers are shown beside the questions.
      if (response.status === 422) setParams({}, { replace: true });
      showProblem(error, response.status);
    } catch (error) {
      // Not reached the server (or no answer): sending again uses the same key.
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  if (checking) {
    const title = "Check your answers before sending your request";
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Link className="govuk-back-link" to={{ search: "" }}>
            Back
          </Link>
          <FormErrorSummary errors={errors} attempt={attempt} />
          <Page title={errors ? `Error: ${title}` : title} heading={title}>
            <RequestAnswers
              content={content}
              sections={SECTIONS}
              titles={TITLES}
              changeTo={(section) => ({ search: "", hash: fieldId(section.fields[0] ?? "") })}
            />
            <h2 className="govuk-heading-m">Now send your request</h2>
            <p className="govuk-body">
              By sending this request you confirm that, as far as you know, the information you have
              given is correct.
            </p>
            <button
              type="button"
              className="govuk-button"
              data-module="govuk-button"
              data-prevent-double-click="true"
              disabled={busy}
              aria-disabled={busy}
              onClick={() => void send()}
            >
              Send request
            </button>
          </Page>
        </div>
      </div>
    );
  }

  const title = "Ask for an EHC needs assessment";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            Use this form if you are the parent or carer of a child with special educational needs,
            or a young person aged 16 to 25, and you want the local authority to carry out an
            education, health and care (EHC) needs assessment. You do not need an account.
          </p>
          <p className="govuk-body">
            It takes about 15 minutes. You can check your answers before you send them. What you
            type is not saved until you send it.
          </p>
          <div className="govuk-inset-text">
            If your child&apos;s school, college or nursery is asking for an assessment with you,
            you do not need to fill this in.
          </div>
          <form noValidate onSubmit={onContinue}>
            {SECTIONS.map((section) => (
              <section key={section.slug} aria-labelledby={`${section.slug}-heading`}>
                <h2 className="govuk-heading-m" id={`${section.slug}-heading`}>
                  {TITLES[section.slug] ?? section.title}
                </h2>
                <ContentFields
                  section={section}
                  audience="family"
                  content={content}
                  bornOn={bornOn}
                  onBornOn={(parts) => {
                    setBornOn(parts);
                    const next = withBornOn(content, parts);
                    if (next) setContent(next);
                  }}
                  onChange={(_field, next) => setContent(next)}
                  errorOf={(field) => errors?.byField[field]}
                />
              </section>
            ))}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}

function Confirmation({ receipt }: { receipt: Receipt }) {
  return (
    <PanelPage
      title="Request sent"
      panelBody={
        <>
          Your reference is
          <br />
          <strong className="app-break-anywhere" data-testid="reference">
            {receipt.reference}
          </strong>
        </>
      }
    >
      <p className="govuk-body">
        The local authority received your request on {formatDate(receipt.received_on)}. Quote your
        reference if you contact it about the request.
      </p>
      <h2 className="govuk-heading-m">What happens next</h2>
      {receipt.decision_due_on ? (
        <p className="govuk-body" data-testid="decision-due">
          The local authority must tell you whether it will carry out an EHC needs assessment by{" "}
          <strong>{formatDate(receipt.decision_due_on)}</strong>.
        </p>
      ) : (
        <p className="govuk-body">{receipt.message}</p>
      )}
      <p className="govuk-body">
        We will email you an invitation to register on this service, so that you can follow the
        request and add to it.
      </p>
      <AddDocuments receipt={receipt} />
    </PanelPage>
  );
}

/** Reports, letters or photos for the request, with the receipt's token, for a day. */
function AddDocuments({ receipt }: { receipt: Receipt }) {
  const [added, setAdded] = useState<string[]>([]);
  const target = useMemo<UploadTarget>(
    () => ({ to: "public-request", reference: receipt.reference, token: receipt.upload_token }),
    [receipt.reference, receipt.upload_token],
  );
  const onUploaded = useCallback(
    (document: DocumentBody) => setAdded((was) => [...was, document.file_name]),
    [],
  );
  const upload = useDocumentUpload(target, {
    notFound:
      "Documents can no longer be added here: the time for adding them has passed. Send them to the local authority by email or post, quoting your reference.",
    onUploaded,
  });
  const until = new Date(receipt.upload_token_expires_at).toLocaleString("en-GB", {
    timeZone: "Europe/London",
    hour: "numeric",
    minute: "2-digit",
    hour12: true,
    weekday: "long",
    day: "numeric",
    month: "long",
  });
  return (
    <>
      <h2 className="govuk-heading-m">Add documents (optional)</h2>
      <p className="govuk-body">
        You can add reports, letters or photos that support your request until {until}. Add them one
        at a time.
      </p>
      {added.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Added to your request</h3>
          <ul className="govuk-list govuk-list--bullet" data-testid="documents-added">
            {added.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      <FormErrorSummary errors={upload.errors} attempt={upload.attempt} />
      <UploadForm upload={upload} label="Add a document" labelClass="govuk-label--s" />
    </>
  );
}
