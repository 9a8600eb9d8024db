// A consulted setting's answer: can it be named in the plan (meet the child's
// needs)? "No" needs the reasons. Reached from the plan's consultations list,
// which passes the case so that the answer can be read beside it.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { RadioGroup, TextArea } from "../advice/form";
import type { CaseArrival } from "../cases/CasePage";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { planKeys, usePlan } from "./queries";
import { formatDate } from "../requests/dates";

const FIELD_IDS = { answer: "answer", reasons: "reasons" };

type Answer = "yes" | "no";

export function AnswerConsultationPage() {
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const caseId = search.get("case") ?? "";
  return caseId ? <WithCase id={id} caseId={caseId} /> : <AnswerForm id={id} caseId="" />;
}

function WithCase({ id, caseId }: { id: string; caseId: string }) {
  const plan = usePlan(caseId);
  const consultation = plan.data?.consultations.find((c) => c.id === id);
  if (plan.isPending) return <p className="govuk-body">Loading…</p>;
  return (
    <AnswerForm
      id={id}
      caseId={caseId}
      settingName={consultation?.setting.name}
      due={consultation?.answer_due}
    />
  );
}

function AnswerForm({
  id,
  caseId,
  settingName,
  due,
}: {
  id: string;
  caseId: string;
  settingName?: string;
  due?: string;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reasons, setReasons] = useState("");
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const title = "Can your setting be named in the plan?";

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!answer) return showFields([{ field: "answer", message: "Answer yes or no" }]);
    if (answer === "no" && !reasons.trim()) {
      return showFields([
        { field: "reasons", message: "Give the reasons the setting cannot be named" },
      ]);
    }
    setBusy(true);
    const { data, error, response } = await client.POST("/api/v1/plan-consultations/{id}/answer", {
      params: { path: { id } },
      body: { answer, reasons },
    });
    setBusy(false);
    if (!data) return showProblem(error, response.status);
    if (!caseId) return setSent(true);
    void queryClient.invalidateQueries({ queryKey: planKeys.one(caseId) });
    const arrival: CaseArrival = { done: "Your answer has been sent" };
    void navigate(`/cases/${caseId}/plan`, { state: arrival });
  };

  if (sent) {
    return (
      <Page title="Your answer has been sent">
        <p className="govuk-body">The local authority will be told your answer.</p>
      </Page>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {caseId ? (
          <Link className="govuk-back-link" to={`/cases/${caseId}/plan`}>
            Back to the plan
          </Link>
        ) : null}
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page
          title={errors ? `Error: ${title}` : title}
          heading={title}
          caption={settingName ? `Consultation: ${settingName}` : "Consultation"}
        >
          <p className="govuk-body">
            The local authority asks whether your setting can meet the child&apos;s needs as the
            draft plan describes them.
            {due ? ` Please answer by ${formatDate(due)}.` : ""}
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <RadioGroup<Answer>
              name="answer"
              idPrefix="answer"
              legend="Can the setting be named?"
              items={[
                { value: "yes", label: "Yes, we can meet the child's needs" },
                { value: "no", label: "No" },
              ]}
              value={answer}
              onChange={setAnswer}
              error={errors?.byField.answer}
            />
            <TextArea
              id="reasons"
              label="Reasons"
              labelClass="govuk-label--m"
              hint="If you answer no, say why the setting cannot be named."
              value={reasons}
              onChange={setReasons}
              error={errors?.byField.reasons}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Send your answer
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
