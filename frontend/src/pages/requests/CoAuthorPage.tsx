// Inviting a second author to a draft (for example the SENCo of a
// dual-registered child's other school), by the email address of their account.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { TextInput } from "../../govuk/TextInput";
import { fieldValue, FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import type { RequestArrival } from "./RequestPage";
import { requestKeys } from "./queries";

const FIELD_IDS = { email: "email" };

export function CoAuthorPage() {
  const { id = "" } = useParams();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem, show } = useFormErrors(FIELD_IDS);
  const [busy, setBusy] = useState(false);
  const taskList = `/requests/${id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const email = fieldValue(event.currentTarget, "email").trim();
    if (!email) return showFields([{ field: "email", message: "Enter their email address" }]);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST(
        "/api/v1/assessment-requests/{id}/co-authors",
        { params: { path: { id } }, body: { email } },
      );
      if (data) {
        queryClient.setQueryData(requestKeys.one(id), data);
        const added = data.co_authors.at(-1)?.name ?? email;
        const arrival: RequestArrival = { coAuthorAdded: added };
        void navigate(taskList, { state: arrival });
      } else if (response.status === 404) {
        show({
          summary: [],
          byField: {},
          general:
            "Only the person who started this draft can invite co-authors. Ask them to invite the person.",
        });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = "Invite a co-author";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={taskList}>
          Back to the task list
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            A co-author can see and change this draft, and send it. They must be a SENCo or
            headteacher with an account on this service, for example at the child&apos;s other
            school.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="email"
              name="email"
              type="email"
              label="Their email address"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              error={errors?.byField.email}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
              >
                Invite co-author
              </button>
              <Link className="govuk-link" to={taskList}>
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}
