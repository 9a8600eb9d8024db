// A co-ordinator reopens a case that was closed outside the process, saying
// why if they wish. The case goes back to where it was; the timeline records it.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { Textarea } from "../requests/fields";
import type { CaseArrival } from "./CasePage";
import { CaseProblem, childNameOf, isClosed } from "./parts";
import { caseKeys, useCase } from "./queries";

const FIELD_IDS = { note: "note" };

export function ReopenPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showProblem } = useFormErrors(FIELD_IDS);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${id}`;

  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (!isClosed(file.data)) {
    return (
      <Page title="This case is not closed">
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
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/cases/{id}/reopen", {
        params: { path: { id } },
        body: { note: note.trim() },
      });
      if (data) {
        queryClient.setQueryData(caseKeys.one(id), data);
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(id) });
        void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
        const arrival: CaseArrival = {
          done: `The case has been reopened. The case is now at: ${data.stage_label}.`,
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

  const title = "Reopen this case";
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
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Textarea
              id="note"
              name="note"
              label="Why is the case being reopened? (optional)"
              labelSize="s"
              hint="This is recorded on the case's timeline."
              rows={5}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              error={errors?.byField.note}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
              >
                Reopen the case
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
