// A co-ordinator allocates the case (or changes who co-ordinates it). The first
// allocation moves an unallocated case on to the decision whether to assess.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { ChoiceRadios } from "../requests/fields";
import type { CaseArrival } from "./CasePage";
import { CaseProblem, childNameOf } from "./parts";
import { caseKeys, useCase, useCoordinators } from "./queries";

const FIELD_IDS = { user_id: "user_id" };

export function CoordinatorPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const coordinators = useCoordinators();
  const me = useMe().data;
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${id}`;

  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  const current = file.data.coordinator?.id ?? null;
  const chosen = choice ?? current;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!chosen) return showFields([{ field: "user_id", message: "Select a co-ordinator" }]);
    setBusy(true);
    try {
      const { data, error, response } = await client.PUT("/api/v1/cases/{id}/coordinator", {
        params: { path: { id } },
        body: { user_id: chosen },
      });
      if (data) {
        queryClient.setQueryData(caseKeys.one(id), data);
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(id) });
        void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
        const arrival: CaseArrival = {
          done: `${data.coordinator?.name ?? "The co-ordinator"} now co-ordinates this case.`,
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

  const title = current ? "Change the case's co-ordinator" : "Allocate a co-ordinator";
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
          {coordinators.isPending ? <p className="govuk-body">Loading…</p> : null}
          {coordinators.isError ? (
            <p className="govuk-body">
              We could not get the list of co-ordinators. Try again in a few minutes.
            </p>
          ) : null}
          {coordinators.data ? (
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <ChoiceRadios
                name="user_id"
                idPrefix="user_id"
                legend="Who will co-ordinate the case?"
                legendSize="m"
                error={errors?.byField.user_id}
                value={chosen}
                onChange={setChoice}
                items={coordinators.data.map((person) => ({
                  value: person.id,
                  label:
                    person.id === me?.id ? `${person.display_name} (you)` : person.display_name,
                }))}
              />
              <div className="govuk-button-group">
                <button
                  type="submit"
                  className="govuk-button"
                  data-module="govuk-button"
                  disabled={busy}
                >
                  Save
                </button>
                <Link className="govuk-link" to={caseFile}>
                  Cancel
                </Link>
              </div>
            </form>
          ) : null}
        </Page>
      </div>
    </div>
  );
}
