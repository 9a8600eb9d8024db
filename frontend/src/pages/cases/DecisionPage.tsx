// A co-ordinator records one of the local authority's decisions on the
// pathway: whether to assess, whether to issue a plan, or that a decision "not
// to" was overturned. A decision the case cannot take at its stage is refused
// with the reason, which the page shows.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors, type FieldMessage } from "../sign-in/formErrors";
import { dateFromParts, NO_DATE, type DateParts } from "../requests/dates";
import { ChoiceRadios, DateInput, Textarea } from "../requests/fields";
import type { CaseArrival } from "./CasePage";
import { CaseProblem, childNameOf, hasEnded, isClosed } from "./parts";
import { caseKeys, useCase, type DecisionKind } from "./queries";

const DECISIONS: { value: DecisionKind; label: string; hint: string }[] = [
  {
    value: "assess",
    label: "To carry out an EHC needs assessment",
    hint: "The assessment starts: ask for advice next",
  },
  {
    value: "not_to_assess",
    label: "Not to carry out an EHC needs assessment",
    hint: "The family may appeal. Give the reasons.",
  },
  {
    value: "assess_overturned",
    label: "The decision not to assess has been overturned",
    hint: "After mediation, a tribunal or a review: the assessment goes ahead",
  },
  {
    value: "issue",
    label: "To issue an EHC plan",
    hint: "A draft plan follows",
  },
  {
    value: "not_to_issue",
    label: "Not to issue an EHC plan",
    hint: "The family may appeal. Give the reasons.",
  },
  {
    value: "issue_overturned",
    label: "The decision not to issue a plan has been overturned",
    hint: "A draft plan follows",
  },
];

/** The decisions that fit each stage; at any other stage all are offered (the server says why not). */
const BY_STAGE: Record<string, DecisionKind[]> = {
  awaiting_assessment_decision: ["assess", "not_to_assess"],
  not_to_assess: ["assess_overturned"],
  assessment: ["issue", "not_to_issue"],
  not_to_issue: ["issue_overturned"],
};

const NEEDS_REASONS: DecisionKind[] = ["not_to_assess", "not_to_issue"];

const FIELD_IDS = { decision: "decision", reasons: "reasons", decided_on: "decided_on-day" };

export function DecisionPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [decision, setDecision] = useState<DecisionKind | null>(null);
  const [reasons, setReasons] = useState("");
  const [decidedOn, setDecidedOn] = useState<DateParts>(NO_DATE);
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${id}`;

  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (hasEnded(file.data)) {
    return (
      <Page title="No decision can be recorded on this case">
        <p className="govuk-body">
          {isClosed(file.data)
            ? "The case is closed. Reopen it first to record a decision."
            : "The plan has ceased. A new request for assessment is needed to start again."}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={caseFile}>
            Back to the case
          </Link>
        </p>
      </Page>
    );
  }
  const fitting = BY_STAGE[file.data.stage];
  const options = fitting ? DECISIONS.filter((d) => fitting.includes(d.value)) : DECISIONS;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems: FieldMessage[] = [];
    if (!decision) problems.push({ field: "decision", message: "Select the decision" });
    if (decision && NEEDS_REASONS.includes(decision) && !reasons.trim()) {
      problems.push({ field: "reasons", message: "Give the reasons for the decision" });
    }
    const date = dateFromParts(decidedOn);
    if (date.kind === "invalid") {
      problems.push({
        field: "decided_on",
        message: "The date of the decision must be a real date, for example 3 3 2026",
      });
    }
    if (problems.length > 0 || !decision) return showFields(problems);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/cases/{id}/decisions", {
        params: { path: { id } },
        body: {
          decision,
          reasons: reasons.trim(),
          decided_on: date.kind === "date" ? date.iso : null,
        },
      });
      if (data) {
        queryClient.setQueryData(caseKeys.one(id), data);
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(id) });
        void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
        const arrival: CaseArrival = {
          done: `The decision has been recorded. The case is now at: ${data.stage_label}.`,
        };
        void navigate(caseFile, { state: arrival });
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Record a decision";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={caseFile}>
          Back to the case
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page
          title={errors ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${file.data.case_ref}: ${childNameOf(file.data)}`}
        >
          <p className="govuk-body">
            The case is at: <strong>{file.data.stage_label}</strong>.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <ChoiceRadios
              name="decision"
              idPrefix="decision"
              legend="What has the local authority decided?"
              legendSize="m"
              error={errors?.byField.decision}
              value={decision}
              onChange={(value) => setDecision(value as DecisionKind)}
              items={options}
            />
            <Textarea
              id="reasons"
              name="reasons"
              label={
                decision && NEEDS_REASONS.includes(decision) ? "Reasons" : "Reasons (optional)"
              }
              labelSize="s"
              hint="Needed for a decision not to assess or not to issue a plan. They are recorded on the case's timeline."
              rows={5}
              value={reasons}
              onChange={(event) => setReasons(event.target.value)}
              error={errors?.byField.reasons}
            />
            <DateInput
              id="decided_on"
              legend="When was the family told? (optional)"
              hint="For example, 3 3 2026. Leave blank for today."
              value={decidedOn}
              onChange={setDecidedOn}
              error={errors?.byField.decided_on}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
              >
                Record the decision
              </button>
              <Link className="govuk-link" to={caseFile}>
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}
