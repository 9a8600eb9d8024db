// "Check your answers" for a draft request, then sending it to the local
// authority. The server checks every mandatory field at once; each problem
// links to the field on its section's page. The send carries If-Match (the
// draft as checked here) and one Idempotency-Key, so a double click or a retry
// sends it once.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { isProblem } from "../../api/problem";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { problemOf } from "../sign-in/formErrors";
import { ActionSummaryList, settingRow } from "./ActionSummaryList";
import {
  childNameOf,
  fieldId,
  SETTING_SECTIONS,
  sectionOfField,
  type AssessmentRequest,
  type RequestSummary,
} from "./content";
import { AlreadySent, LinkErrorSummary, Loading, RequestProblem, type LinkedError } from "./parts";
import { ifMatch, requestKeys, useAssessmentRequest } from "./queries";
import { RequestAnswers } from "./RequestAnswers";
import { RequestDocumentsList } from "./RequestDocuments";
import type { SectionArrival } from "./SectionPage";
import type { SettingArrival } from "./SettingPage";

/** What the confirmation page is given. */
export interface SentArrival {
  sent?: RequestSummary;
}

interface Problems {
  errors: LinkedError[];
  description?: string;
}

export function CheckAnswersPage() {
  const { id = "" } = useParams();
  const draft = useAssessmentRequest(id);
  if (draft.isPending) return <Loading />;
  if (draft.isError) return <RequestProblem error={draft.error} />;
  if (draft.data.status !== "draft") return <AlreadySent />;
  return <CheckAnswers draft={draft.data} refetch={() => void draft.refetch()} />;
}

function CheckAnswers({ draft, refetch }: { draft: AssessmentRequest; refetch: () => void }) {
  const me = useMe().data;
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problems, setProblems] = useState<Problems | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const taskList = `/requests/${draft.id}`;

  const show = (next: Problems) => {
    setProblems(next);
    setAttempt((n) => n + 1);
  };

  const send = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data, error, response } = await client.POST(
        "/api/v1/assessment-requests/{id}/submit",
        {
          params: {
            path: { id: draft.id },
            header: { "If-Match": ifMatch(draft.version), "Idempotency-Key": idempotencyKey },
          },
        },
      );
      if (data) {
        // Its authors can no longer read it: forget it without asking again now.
        void queryClient.invalidateQueries({
          queryKey: requestKeys.one(draft.id),
          refetchType: "none",
        });
        void queryClient.invalidateQueries({ queryKey: requestKeys.list });
        const arrival: SentArrival = { sent: data };
        void navigate(`/requests/${draft.id}/sent`, { state: arrival, replace: true });
        return;
      }
      if (response.status === 422 && isProblem(error) && error.errors?.length) {
        show({ errors: linkedErrors(draft.id, error.errors) });
      } else if (response.status === 412) {
        show({
          errors: [],
          description:
            "Someone changed this draft after you opened this page. Check the answers again below, then send it.",
        });
        refetch();
      } else {
        const problem = problemOf(error, response.status);
        show({ errors: [], description: problem.detail ?? problem.title });
      }
    } catch (error) {
      const problem = problemOf(error, undefined);
      show({ errors: [], description: problem.detail ?? problem.title });
    } finally {
      setBusy(false);
    }
  };

  const childName = childNameOf(draft.content);
  const title = "Check your answers before sending the request";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={taskList}>
          Back to the task list
        </Link>
        {problems ? (
          <LinkErrorSummary
            key={attempt}
            errors={problems.errors}
            description={problems.description}
          />
        ) : null}
        <Page
          title={problems ? `Error: ${title}` : title}
          heading={title}
          caption={childName ? `Request for assessment: ${childName}` : "Request for assessment"}
        >
          <div className="govuk-summary-card">
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title">Where the request is from</h2>
            </div>
            <div className="govuk-summary-card__content">
              <ActionSummaryList
                rows={[settingRow(draft, me, `/requests/${draft.id}/check`)]}
                testId="setting"
              />
            </div>
          </div>
          <RequestAnswers
            content={draft.content}
            sections={SETTING_SECTIONS}
            changeTo={(section) => `/requests/${draft.id}/${section.slug}`}
          />
          <RequestDocumentsList requestId={draft.id} />
          <h2 className="govuk-heading-m">Now send the request</h2>
          <p className="govuk-body">
            By sending this request you confirm that, as far as you know, the information in it is
            correct and the parents know about it and agree to it. You will not be able to change it
            afterwards.
          </p>
          <p className="govuk-body">
            The local authority will see it straight away. You will not see it again until the local
            authority gives you access to the case.
          </p>
          <button
            type="button"
            className="govuk-button"
            data-module="govuk-button"
            data-prevent-double-click="true"
            disabled={busy}
            aria-disabled={busy}
            onClick={() => void send()}
          >
            Send the request
          </button>
        </Page>
      </div>
    </div>
  );
}

/** Each problem, linked to its field on its section's page (which shows it beside the field). */
function linkedErrors(id: string, errors: { field: string; message: string }[]): LinkedError[] {
  const bySection = new Map<string, Record<string, string>>();
  for (const error of errors) {
    const section = sectionOfField(error.field);
    if (!section) continue;
    const fields = bySection.get(section.slug) ?? {};
    fields[error.field] ??= error.message;
    bySection.set(section.slug, fields);
  }
  return errors.map((error) => {
    if (error.field === "setting_id") {
      const arrival: SettingArrival = { returnTo: `/requests/${id}/check` };
      return {
        text: error.message,
        to: { pathname: `/requests/${id}/setting`, hash: "setting_id" },
        state: arrival,
      };
    }
    const section = sectionOfField(error.field);
    if (!section) return { text: error.message };
    const arrival: SectionArrival = { fieldErrors: bySection.get(section.slug) };
    return {
      text: error.message,
      to: { pathname: `/requests/${id}/${section.slug}`, hash: fieldId(error.field) },
      state: arrival,
    };
  });
}
