// A team manager answers a request sent to their team: allocate it to one or
// more members (each can then write and submit the advice), or tell the local
// authority the child or young person is not known to the service.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useApiClient } from "../../api/client";
import { mapProblemToFieldErrors, type MappedFieldErrors } from "../../api/problem";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { problemOf } from "../sign-in/formErrors";
import { useAdviceDraft } from "./AdviceDraft";
import { adviceKeys } from "./data";
import { CheckboxGroup, RadioGroup, TextArea } from "./form";
import type { AdviceFlash } from "./RequestParts";

type Answer = "allocate" | "not_known";

export function AllocatePage() {
  const { request } = useAdviceDraft();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const members = request.team_members ?? [];
  const [answer, setAnswer] = useState<Answer | null>(
    request.allocated_to.length > 0 ? "allocate" : null,
  );
  const [chosen, setChosen] = useState<string[]>(request.allocated_to.map((p) => p.user_id));
  const [details, setDetails] = useState("");
  const [errors, setErrors] = useState<MappedFieldErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const home = `/advice-requests/${request.id}`;
  const memberIds = {
    members: "members",
    ...Object.fromEntries(chosen.map((_, i) => [`members[${i}]`, "members"])),
  };

  const show = (mapped: MappedFieldErrors) => {
    setErrors(mapped);
    setAttempt((n) => n + 1);
  };
  const browserError = (field: string, message: string) =>
    show(
      mapProblemToFieldErrors(
        {
          type: "about:blank",
          title: "There is a problem",
          status: 0,
          errors: [{ field, code: "browser_check", message }],
        },
        memberIds,
      ),
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!answer) {
      browserError(
        "answer",
        "Select whether to allocate the request or say the child is not known",
      );
      return;
    }
    if (answer === "allocate" && chosen.length === 0) {
      browserError("members", "Choose at least one team member to allocate it to");
      return;
    }
    if (answer === "not_known" && !details.trim()) {
      browserError("details", "Say why the child or young person is not known to the service");
      return;
    }
    setBusy(true);
    setErrors(null);
    try {
      const result =
        answer === "allocate"
          ? await client.POST("/api/v1/advice-requests/{id}/allocation", {
              params: { path: { id: request.id } },
              body: { members: chosen },
            })
          : await client.POST("/api/v1/advice-requests/{id}/not-known", {
              params: { path: { id: request.id } },
              body: { details },
            });
      if (result.data) {
        // Lists are read again when next shown; the request is as the server answered.
        await queryClient.invalidateQueries({ queryKey: adviceKeys.all, refetchType: "none" });
        queryClient.setQueryData(adviceKeys.request(request.id), result.data);
        const names = members
          .filter((m) => chosen.includes(m.user_id))
          .map((m) => m.name)
          .join(", ");
        const state: AdviceFlash = {
          flash:
            answer === "allocate"
              ? `The request is allocated to ${names}. We have told them by email.`
              : "You have told the local authority the child or young person is not known to the service.",
        };
        void navigate(home, { state });
      } else {
        show(mapProblemToFieldErrors(problemOf(result.error, result.response.status), memberIds));
      }
    } catch (error) {
      show(mapProblemToFieldErrors(problemOf(error, undefined), memberIds));
    } finally {
      setBusy(false);
    }
  };

  if (!request.you_may.allocate && !request.you_may.decline) {
    return (
      <Page title="You cannot allocate this request">
        <p className="govuk-body">
          Only a manager of the team it was sent to can allocate it, while it is open.{" "}
          <Link className="govuk-link" to={home}>
            Go back to the request
          </Link>
          .
        </p>
      </Page>
    );
  }

  const items = [];
  if (request.you_may.allocate) {
    items.push({
      value: "allocate" as const,
      label: "Yes, the child or young person is known: allocate it to team members",
      conditional: (
        <CheckboxGroup
          idPrefix="members"
          legend="Who will provide the advice?"
          hint="Select all that apply. Each of them can write and submit the advice, and we will email them."
          error={errors?.byField.members ?? errors?.byField["members[0]"]}
          items={members.map((m) => ({ value: m.user_id, label: m.name }))}
          values={chosen}
          onChange={setChosen}
        />
      ),
    });
  }
  if (request.you_may.decline) {
    items.push({
      value: "not_known" as const,
      label: "No, the child or young person is not known to the service",
      conditional: (
        <TextArea
          id="details"
          label="Details"
          labelClass=""
          hint="For example, that they have never been referred, or the date they were discharged. The local authority will see this."
          value={details}
          error={errors?.byField.details}
          onChange={setDetails}
        />
      ),
    });
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={home}>
          Back to the request
        </Link>
        {errors ? (
          <ErrorSummary
            key={attempt}
            errors={errors.general ? [] : errors.summary}
            description={errors.general}
          />
        ) : null}
        <Page
          title={`Allocate the request for advice: ${request.case_ref}`}
          heading="Allocate the request for advice"
          caption={`${request.case_ref}: sent to ${request.recipient.name}`}
        >
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <RadioGroup<Answer>
              name="answer"
              idPrefix="answer"
              legend="Is the child or young person known to your service?"
              error={errors?.byField.answer}
              value={answer}
              onChange={(value) => {
                setAnswer(value);
              }}
              items={items}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
                aria-disabled={busy}
              >
                Save and continue
              </button>
              <Link className="govuk-link" to={home}>
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}
