// A co-ordinator closes a case outside the statutory process (the request was
// withdrawn, the family moved away, a duplicate...), saying why. The reason and
// note go on the case's timeline; a closed case can be reopened.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { ChoiceRadios, Textarea } from "../requests/fields";
import type { CaseArrival } from "./CasePage";
import { CaseProblem, childNameOf, isClosed } from "./parts";
import { caseKeys, useCase } from "./queries";

const CLOSE_REASONS: { value: string; label: string }[] = [
  { value: "request_withdrawn", label: "Request withdrawn" },
  { value: "moved_out_of_area", label: "Moved out of the area" },
  { value: "duplicate", label: "Duplicate" },
  { value: "entered_in_error", label: "Entered in error" },
  { value: "other", label: "Other" },
];

const FIELD_IDS = { reason: "reason", note: "note" };

export function ClosePage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${id}`;

  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (isClosed(file.data)) {
    return (
      <Page title="This case is already closed">
        <p className="govuk-body">
          <Link className="govuk-link" to={caseFile}>
            Back to the case
          </Link>
        </p>
      </Page>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!reason) {
      return showFields([{ field: "reason", message: "Select why the case is being closed" }]);
    }
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/cases/{id}/close", {
        params: { path: { id } },
        body: { reason, note: note.trim() },
      });
      if (data) {
        queryClient.setQueryData(caseKeys.one(id), data);
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(id) });
        void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
        const arrival: CaseArrival = { done: "The case has been closed." };
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

  const title = "Close this case";
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
            The case leaves the process and its deadlines stop. A co-ordinator can reopen it.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <ChoiceRadios
              name="reason"
              idPrefix="reason"
              legend="Reason for closing"
              legendSize="m"
              error={errors?.byField.reason}
              value={reason}
              onChange={setReason}
              items={CLOSE_REASONS}
            />
            <Textarea
              id="note"
              name="note"
              label="Why is the case being closed?"
              labelSize="s"
              hint="Say what happened. This is recorded on the case's timeline."
              rows={5}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              error={errors?.byField.note}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button govuk-button--warning"
                data-module="govuk-button"
                disabled={busy}
              >
                Close the case
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
