// A co-ordinator sets the case's flags (mediation, tribunal, safeguarding...):
// the boxes start as the case has them, and saving sends exactly the ticked
// ones. Each change goes on the case's timeline.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import type { CaseArrival } from "./CasePage";
import { CASE_FLAGS, CaseProblem, childNameOf } from "./parts";
import { caseKeys, useCase, type CaseSummary } from "./queries";

const FIELD_IDS = { flags: "flags" };

export function FlagsPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  return <FlagsForm file={file.data} />;
}

function FlagsForm({ file }: { file: CaseSummary }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showProblem } = useFormErrors(FIELD_IDS);
  const [flags, setFlags] = useState<string[]>(() => file.flags.map((f) => f.flag));
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${file.id}`;

  const toggle = (flag: string, on: boolean) =>
    setFlags((now) =>
      on ? [...now.filter((f) => f !== flag), flag] : now.filter((f) => f !== flag),
    );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      // In the order offered, whatever order they were ticked in.
      const wanted = CASE_FLAGS.map((f) => f.value).filter((f) => flags.includes(f));
      const { data, error, response } = await client.PUT("/api/v1/cases/{id}/flags", {
        params: { path: { id: file.id } },
        body: { flags: wanted },
      });
      if (data) {
        queryClient.setQueryData(caseKeys.one(file.id), data);
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(file.id) });
        void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
        const arrival: CaseArrival = { done: "The case's flags have been saved." };
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

  const flagsError = errors?.byField.flags;
  const title = "Change the case's flags";
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
          caption={`Case ${file.case_ref}: ${childNameOf(file)}`}
        >
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <div className={`govuk-form-group${flagsError ? " govuk-form-group--error" : ""}`}>
              <fieldset
                className="govuk-fieldset"
                aria-describedby={flagsError ? "flags-hint flags-error" : "flags-hint"}
              >
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Flags</legend>
                <div id="flags-hint" className="govuk-hint">
                  Select all that apply. They are shown in the trays and recorded on the case&apos;s
                  timeline.
                </div>
                {flagsError ? <ErrorMessage id="flags-error">{flagsError}</ErrorMessage> : null}
                <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                  {CASE_FLAGS.map((option, index) => {
                    const boxId = index === 0 ? "flags" : `flags-${index + 1}`;
                    return (
                      <div className="govuk-checkboxes__item" key={option.value}>
                        <input
                          className="govuk-checkboxes__input"
                          id={boxId}
                          name="flags"
                          type="checkbox"
                          value={option.value}
                          checked={flags.includes(option.value)}
                          onChange={(event) => toggle(option.value, event.target.checked)}
                        />
                        <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
                          {option.label}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            </div>
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
              >
                Save flags
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
