// The family's say on the shared draft: a comment on one section, asking for a
// meeting, and naming the school or setting they would like. Each is sent on
// its own; back on the plan a banner says it arrived.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import type { CaseArrival } from "../cases/CasePage";
import { CaseProblem, childNameOf } from "../cases/parts";
import { useAllSettings, useCase } from "../cases/queries";
import { RadioGroup, TextArea } from "../advice/form";
import { formatDate } from "../requests/dates";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { planKeys, usePlan } from "./queries";
import { SECTIONS, type SectionLetter } from "./sections";

const FIELD_IDS = { section: "section", body: "comment-body", setting_id: "preferred-setting" };

type NewRepresentation =
  | { kind: "comment"; section: SectionLetter | null; body: string }
  | { kind: "meeting"; body: string }
  | { kind: "preferred_setting"; setting_id: string; body: string };

const DONE: Record<NewRepresentation["kind"], string> = {
  comment: "Your comment has been sent",
  meeting: "You have asked for a meeting",
  preferred_setting: "We have the school or setting you would like",
};

export function CommentPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const plan = usePlan(id);
  const settings = useAllSettings();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [section, setSection] = useState<SectionLetter | null>(null);
  const [body, setBody] = useState("");
  const [settingId, setSettingId] = useState("");
  const [busy, setBusy] = useState(false);

  if (file.isPending || plan.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (plan.isError) return <CaseProblem error={plan.error} />;
  const planPage = `/cases/${id}/plan`;
  const childName = childNameOf(file.data);
  const title = "Comment on the draft plan";

  const send = async (representation: NewRepresentation) => {
    if (busy) return;
    setBusy(true);
    const { data, error, response } = await client.POST("/api/v1/cases/{id}/plan/representations", {
      params: { path: { id } },
      body: representation,
    });
    setBusy(false);
    if (!data) return showProblem(error, response.status);
    queryClient.setQueryData(planKeys.one(id), data);
    const arrival: CaseArrival = { done: DONE[representation.kind] };
    void navigate(planPage, { state: arrival });
  };

  const onComment = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = [];
    if (!section)
      missing.push({ field: "section", message: "Choose the section you are commenting on" });
    if (!body.trim()) missing.push({ field: "body", message: "Enter your comment" });
    if (missing.length > 0) return showFields(missing);
    void send({ kind: "comment", section, body });
  };

  const onSetting = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!settingId) {
      return showFields([
        { field: "setting_id", message: "Choose the school or setting you would like" },
      ]);
    }
    void send({ kind: "preferred_setting", setting_id: settingId, body: "" });
  };

  const settingError = errors?.byField.setting_id;
  if (plan.data.status !== "shared") {
    return (
      <Page title="The draft plan is not open for comments">
        <p className="govuk-body">You can comment on the draft plan only while it is with you.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={planPage}>
            Go to the EHC plan
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={planPage}>
          Back to the plan
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page
          title={errors ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${file.data.case_ref}${childName ? `: ${childName}` : ""}`}
        >
          {plan.data.comments_due ? (
            <p className="govuk-body">
              Your comments are due by {formatDate(plan.data.comments_due)}.
            </p>
          ) : null}
          <form noValidate onSubmit={onComment}>
            <RadioGroup
              name="section"
              idPrefix="section"
              legend="Which section are you commenting on?"
              items={SECTIONS.map((s) => ({ value: s.letter, label: s.title }))}
              value={section}
              onChange={setSection}
              error={errors?.byField.section}
            />
            <TextArea
              id="comment-body"
              label="Your comment"
              labelClass="govuk-label--m"
              hint="Say what you think is wrong or missing, and what you would like instead."
              value={body}
              onChange={setBody}
              error={errors?.byField.body}
              rows={8}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Send your comment
            </button>
          </form>

          <h2 className="govuk-heading-m">Ask for a meeting</h2>
          <p className="govuk-body">
            You can ask to meet someone from the local authority to talk about the draft plan.
          </p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={busy}
            onClick={() => void send({ kind: "meeting", body: "" })}
          >
            Ask for a meeting
          </button>

          <h2 className="govuk-heading-m">Name the school or setting you would like</h2>
          <form noValidate onSubmit={onSetting}>
            <div className={`govuk-form-group${settingError ? " govuk-form-group--error" : ""}`}>
              <label className="govuk-label" htmlFor="preferred-setting">
                School or setting
              </label>
              {settingError ? (
                <ErrorMessage id="preferred-setting-error">{settingError}</ErrorMessage>
              ) : null}
              <select
                className={`govuk-select${settingError ? " govuk-select--error" : ""}`}
                id="preferred-setting"
                name="preferred-setting"
                value={settingId}
                aria-describedby={settingError ? "preferred-setting-error" : undefined}
                onChange={(event) => setSettingId(event.target.value)}
              >
                <option value="">Choose a school or setting</option>
                {(settings.data ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="submit"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              disabled={busy}
            >
              Send the school or setting you would like
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
