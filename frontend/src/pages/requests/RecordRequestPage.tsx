// A co-ordinator records a request for assessment that reached the local
// authority by post, by email or on paper: when it arrived (the statutory
// clock runs from that day), how, and what it says. It then waits in "New
// requests" to be registered as a case.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors, type FieldMessage } from "../sign-in/formErrors";
import { ContentFields, INVALID_BORN_ON, withBornOn } from "./ContentFields";
import {
  emptyContent,
  fieldIdsOf,
  RECEIVED_VIA,
  RECORDED_SECTIONS,
  type ReceivedVia,
  type RequestContent,
} from "./content";
import { dateFromParts, NO_DATE, type DateParts } from "./dates";
import { ChoiceRadios, DateInput } from "./fields";
import { requestKeys } from "./queries";
import type { RequestArrival } from "./RequestPage";

const FIELD_IDS = fieldIdsOf(RECORDED_SECTIONS, ["received_on", "received_via"]);

export function RecordRequestPage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [content, setContent] = useState<RequestContent>(emptyContent);
  const [bornOn, setBornOn] = useState<DateParts>(NO_DATE);
  const [receivedOn, setReceivedOn] = useState<DateParts>(NO_DATE);
  const [via, setVia] = useState<ReceivedVia | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems: FieldMessage[] = [];
    const received = dateFromParts(receivedOn);
    if (received.kind === "empty") {
      problems.push({ field: "received_on", message: "Enter the date the request was received" });
    } else if (received.kind === "invalid") {
      problems.push({
        field: "received_on",
        message: "The date received must be a real date, for example 3 3 2026",
      });
    }
    if (!via) problems.push({ field: "received_via", message: "Select how the request arrived" });
    const withDate = withBornOn(content, bornOn);
    if (!withDate) problems.push({ field: "child.born_on", message: INVALID_BORN_ON });
    if (problems.length > 0 || !withDate) return showFields(problems);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/assessment-requests", {
        params: { header: { "Idempotency-Key": idempotencyKey } },
        body: {
          content: withDate,
          setting_id: null,
          received_on: received.kind === "date" ? received.iso : null,
          received_via: via,
        },
      });
      if (data) {
        queryClient.setQueryData(requestKeys.one(data.id), data);
        void queryClient.invalidateQueries({ queryKey: requestKeys.list });
        const arrival: RequestArrival = { recorded: true };
        void navigate(`/requests/${data.id}`, { state: arrival, replace: true });
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Record a request received by post, email or on paper";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/requests">
          Back to new requests
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            Copy what the request says. The statutory 20 weeks run from the day the local authority
            received it.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <h2 className="govuk-heading-m">When and how it arrived</h2>
            <DateInput
              id="received_on"
              legend="Date received"
              hint="For example, 3 3 2026. It cannot be in the future."
              value={receivedOn}
              error={errors?.byField.received_on}
              onChange={setReceivedOn}
            />
            <ChoiceRadios
              name="received_via"
              idPrefix="received_via"
              legend="How did it arrive?"
              error={errors?.byField.received_via}
              items={RECEIVED_VIA.filter((v) => v.value !== "online")}
              value={via}
              onChange={(value) => setVia(value as ReceivedVia)}
            />
            {RECORDED_SECTIONS.map((section) => (
              <section key={section.slug} aria-labelledby={`${section.slug}-heading`}>
                <h2 className="govuk-heading-m" id={`${section.slug}-heading`}>
                  {section.title}
                </h2>
                <ContentFields
                  section={section}
                  audience="coordinator"
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
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Record the request
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
