// "Request advice" for a case at assessment (co-ordinators): choose the people
// and teams to ask, add a note for them, and send one request to each. Sending
// again after a lost answer sends nothing twice (Idempotency-Key).
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { ApiError } from "../../api/problem";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import type { CaseAdviceFlash } from "./CaseAdviceSection";
import { adviceKeys, newIdempotencyKey, useCaseAdviceRequests, useCaseSummary } from "./data";
import { TextArea } from "./form";
import { isOpen } from "./labels";
import { RecipientSearch, recipientKey, type Recipient } from "./RecipientSearch";

const MAX_RECIPIENTS = 50;

/** "A", "A and B", "A, B and C" */
function andList(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function RequestAdvicePage() {
  const { caseId = "" } = useParams();
  const me = useMe().data;
  const summary = useCaseSummary(caseId);
  const existing = useCaseAdviceRequests(caseId);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<Recipient[]>([]);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const fieldIds: Record<string, string> = {
    recipients: "recipient-search",
    note: "note",
    ...Object.fromEntries(chosen.map((_, i) => [`recipients[${i}].id`, `recipient-${i}`])),
  };
  const { errors, attempt: errorAttempt, showFields, showProblem, clear } = useFormErrors(fieldIds);
  const caseUrl = `/cases/${caseId}`;

  if (summary.isPending) return <p className="govuk-body">Loading…</p>;
  if (summary.isError) {
    const notFound = summary.error instanceof ApiError && summary.error.status === 404;
    return (
      <Page title={notFound ? "Case not found" : "Sorry, there is a problem with the service"}>
        <p className="govuk-body">
          {notFound
            ? "There is no case at this address that you can see."
            : "Try again in a few minutes."}
        </p>
      </Page>
    );
  }
  const caseRef = summary.data.case_ref;
  if (me?.role !== "case_coordinator" || summary.data.stage !== "assessment") {
    return (
      <Page title="You cannot request advice on this case" caption={caseRef}>
        <p className="govuk-body">
          {me?.role !== "case_coordinator"
            ? "Only a case co-ordinator can request advice."
            : "Advice can be requested only while the case is at the assessment stage."}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={caseUrl}>
            Go back to the case
          </Link>
        </p>
      </Page>
    );
  }

  const unavailable = new Map<string, string>();
  for (const r of existing.data ?? []) {
    if (r.kind === "advice" && isOpen(r.state)) {
      unavailable.set(recipientKey(r.recipient), "Already asked: their request is still open");
    }
  }

  const toggle = (recipient: Recipient, on: boolean) => {
    clear();
    setChosen((list) =>
      on
        ? list.some((r) => recipientKey(r) === recipientKey(recipient))
          ? list
          : [...list, recipient]
        : list.filter((r) => recipientKey(r) !== recipientKey(recipient)),
    );
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (chosen.length === 0) {
      showFields([
        { field: "recipients", message: "Choose at least one person or team to ask for advice" },
      ]);
      return;
    }
    if (chosen.length > MAX_RECIPIENTS) {
      showFields([
        { field: "recipients", message: `Ask at most ${MAX_RECIPIENTS} people or teams at once` },
      ]);
      return;
    }
    const body = { recipients: chosen.map((r) => ({ kind: r.kind, id: r.id })), note };
    const serialised = JSON.stringify(body);
    // The same request again (a retry) keeps its key; a changed one gets a new key.
    if (attempt.current?.body !== serialised) {
      attempt.current = { body: serialised, key: newIdempotencyKey() };
    }
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/cases/{id}/advice-requests", {
        params: { path: { id: caseId }, header: { "Idempotency-Key": attempt.current.key } },
        body,
      });
      if (data) {
        await queryClient.invalidateQueries({ queryKey: adviceKeys.all, refetchType: "none" });
        const state: CaseAdviceFlash = {
          adviceFlash: `Requests for advice sent to ${andList(chosen.map((r) => r.name))}. They have been told by email.`,
        };
        void navigate(`${caseUrl}#advice`, { state });
      } else {
        showProblem(error, response.status);
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={caseUrl}>
          Back to the case
        </Link>
        <FormErrorSummary errors={errors} attempt={errorAttempt} />
        <Page title={`Request advice: ${caseRef}`} heading="Request advice" caption={caseRef}>
          <p className="govuk-body">
            Each person or team you choose gets their own request, due 6 weeks from today. A
            team&apos;s managers choose who in the team will answer.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <RecipientSearch
              chosen={chosen}
              onToggle={toggle}
              unavailable={unavailable}
              error={errors?.byField.recipients}
            />
            <h2 className="govuk-heading-m">
              {chosen.length === 0
                ? "You have not chosen anyone yet"
                : `You are asking ${chosen.length === 1 ? "1 person or team" : `${chosen.length} people or teams`}`}
            </h2>
            {chosen.length > 0 ? (
              <dl className="govuk-summary-list">
                {chosen.map((r, i) => {
                  const error = errors?.byField[`recipients[${i}].id`];
                  return (
                    <div className="govuk-summary-list__row" key={recipientKey(r)}>
                      <dt className="govuk-summary-list__key">
                        {r.name}
                        {r.kind === "team" ? " (team)" : ""}
                      </dt>
                      <dd className="govuk-summary-list__value">
                        {r.detail}
                        {error ? (
                          <ErrorMessage id={`recipient-${i}-error`}>{error}</ErrorMessage>
                        ) : null}
                      </dd>
                      <dd className="govuk-summary-list__actions">
                        <button
                          type="button"
                          id={`recipient-${i}`}
                          className="app-link-button"
                          aria-describedby={error ? `recipient-${i}-error` : undefined}
                          onClick={() => toggle(r, false)}
                        >
                          Remove<span className="govuk-visually-hidden"> {r.name}</span>
                        </button>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            ) : null}
            <TextArea
              id="note"
              label="Note for the advisers (optional)"
              labelClass="govuk-label--m"
              hint="What you are asking for and anything they should know. They see it with the request when they sign in; it is not put in the email."
              value={note}
              error={errors?.byField.note}
              onChange={(v) => {
                setNote(v);
              }}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
              aria-disabled={busy}
            >
              Send requests for advice
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
