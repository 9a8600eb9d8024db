// A co-ordinator registers a request that has reached the local authority as a
// case, choosing its co-ordinator now (themself, usually) or leaving it
// unallocated. One Idempotency-Key per visit: a double click registers once.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import type { CaseArrival } from "../cases/CasePage";
import { caseKeys, useCoordinators } from "../cases/queries";
import { childNameOf } from "./content";
import { ChoiceRadios } from "./fields";
import { Loading, RequestProblem } from "./parts";
import { requestKeys, useAssessmentRequest } from "./queries";

const NOBODY = "nobody";
const FIELD_IDS = { coordinator_id: "coordinator_id" };

export function RegisterPage() {
  const { id = "" } = useParams();
  const request = useAssessmentRequest(id);
  const coordinators = useCoordinators();
  const me = useMe().data;
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (request.isPending) return <Loading />;
  if (request.isError) return <RequestProblem error={request.error} />;
  if (request.data.status === "draft") {
    return (
      <Page title="This request has not been sent yet">
        <p className="govuk-body">Only a request sent to the local authority can be registered.</p>
      </Page>
    );
  }
  if (request.data.status === "registered" && request.data.case_id) {
    return (
      <Page title="This request has already been registered">
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${request.data.case_id}`}>
            Go to the case
          </Link>
        </p>
      </Page>
    );
  }
  const childName = childNameOf(request.data.content) || "the child";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!choice) {
      return showFields([
        { field: "coordinator_id", message: "Select who will co-ordinate the case, or nobody yet" },
      ]);
    }
    setBusy(true);
    try {
      const { data, error, response } = await client.POST(
        "/api/v1/assessment-requests/{id}/register",
        {
          params: { path: { id }, header: { "Idempotency-Key": idempotencyKey } },
          body: { coordinator_id: choice === NOBODY ? null : choice },
        },
      );
      if (data) {
        void queryClient.invalidateQueries({ queryKey: requestKeys.all });
        void queryClient.invalidateQueries({ queryKey: caseKeys.all });
        const arrival: CaseArrival = { done: `Registered as case ${data.case_ref}.` };
        void navigate(`/cases/${data.case_id}`, { state: arrival, replace: true });
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const people = [...(coordinators.data ?? [])].sort((a, b) =>
    a.id === me?.id ? -1 : b.id === me?.id ? 1 : 0,
  );
  const title = `Register the request for ${childName} as a case`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/requests/${id}`}>
          Back to the request
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            The case gets a reference, and the statutory clock runs from the day the request was
            received.
          </p>
          {coordinators.isPending ? <Loading /> : null}
          {coordinators.isError ? (
            <p className="govuk-body">
              We could not get the list of co-ordinators. You can register the case now and allocate
              it from the case&apos;s page.
            </p>
          ) : null}
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <ChoiceRadios
              name="coordinator_id"
              idPrefix="coordinator_id"
              legend="Who will co-ordinate the case?"
              legendSize="m"
              error={errors?.byField.coordinator_id}
              value={choice}
              onChange={setChoice}
              items={[
                ...people.map((person) => ({
                  value: person.id,
                  label:
                    person.id === me?.id ? `${person.display_name} (you)` : person.display_name,
                })),
                {
                  value: NOBODY,
                  label: "Nobody yet",
                  hint: "The case waits, unallocated, until a co-ordinator is chosen",
                },
              ]}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Register as a case
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
