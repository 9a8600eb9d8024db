// One section of a draft request (a task on its task list). What is typed is
// saved as it is typed (see autosave/useAutosave); "Save and return" saves what is left
// and goes back to the task list. Arriving from "check your answers" with a
// problem, the field is focused and the problem shown beside it.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import {
  ApiError,
  mapProblemToFieldErrors,
  type MappedFieldErrors,
  type Problem,
} from "../../api/problem";
import { Page } from "../../app/Page";
import { AutosaveLine } from "../../autosave/AutosaveLine";
import { saveOutcome } from "../../autosave/saveOutcome";
import { trackSave } from "../../autosave/savesInFlight";
import { useAutosave } from "../../autosave/useAutosave";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { ContentFields, INVALID_BORN_ON, withBornOn } from "./ContentFields";
import {
  childNameOf,
  fieldIdsOf,
  SETTING_SECTIONS,
  sectionBySlug,
  type AnswerRow,
  type AssessmentRequest,
  type RequestContent,
  type Section,
} from "./content";
import { dateFromParts, partsOf, type DateParts } from "./dates";
import { AlreadySent, Loading, RequestProblem } from "./parts";
import { draftSaveKey, requestKeys, useAssessmentRequest } from "./queries";

/** What "check your answers" hands over when submission found problems. */
export interface SectionArrival {
  fieldErrors?: Record<string, string>;
}

const FIELD_IDS = fieldIdsOf(SETTING_SECTIONS);

export function SectionPage() {
  const { id = "", section: slug } = useParams();
  const section = sectionBySlug(slug);
  const draft = useAssessmentRequest(id);
  // Bumped to start the form again from what the server has (after a conflict).
  const [generation, setGeneration] = useState(0);

  if (!section) return <RequestProblem error={new ApiError(404)} />;
  if (draft.isPending) return <Loading />;
  if (draft.isError) return <RequestProblem error={draft.error} />;
  if (draft.data.status !== "draft") return <AlreadySent />;
  return (
    <SectionForm
      key={`${generation}`}
      draft={draft.data}
      section={section}
      onReload={async () => {
        await draft.refetch();
        setGeneration((n) => n + 1);
      }}
    />
  );
}

function SectionForm({
  draft,
  section,
  onReload,
}: {
  draft: AssessmentRequest;
  section: Section;
  onReload: () => Promise<void>;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const arrival = (location.state ?? {}) as SectionArrival;
  const [content, setContent] = useState<RequestContent>(draft.content);
  const [bornOn, setBornOn] = useState<DateParts>(() => partsOf(draft.content.child.born_on));
  const [bornOnError, setBornOnError] = useState<string | undefined>();
  const [submitErrors, setSubmitErrors] = useState(arrival.fieldErrors ?? {});
  const [summary, setSummary] = useState<MappedFieldErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const autosave = useDraftAutosave(draft);
  const taskList = `/requests/${draft.id}`;

  // Arriving at a field from an error on "check your answers".
  useEffect(() => {
    if (!location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.focus();
    target?.scrollIntoView?.({ block: "center" });
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (field: string, next: RequestContent) => {
    setContent(next);
    autosave.change(next);
    if (field in submitErrors) {
      setSubmitErrors((was) => {
        const rest = { ...was };
        delete rest[field];
        return rest;
      });
    }
    // A click is the whole answer: save it now.
    if (field === "parent_agrees" || field === "child.looked_after") void autosave.flush();
  };
  const flush = () => void autosave.flush();

  const errorOf = (field: string): string | undefined => {
    if (field === "child.born_on" && bornOnError) return bornOnError;
    if (autosave.status.state === "invalid") {
      const message = mapProblemToFieldErrors(autosave.status.problem, FIELD_IDS).byField[field];
      if (message) return message;
    }
    return submitErrors[field];
  };

  const onBornOn = (parts: DateParts) => {
    setBornOn(parts);
    const next = withBornOn(content, parts);
    if (!next) return;
    setBornOnError(undefined);
    update("child.born_on", next);
  };
  const onBlur = () => {
    if (dateFromParts(bornOn).kind === "invalid") {
      setBornOnError(`${INVALID_BORN_ON}. It is saved once it is complete.`);
    }
    flush();
  };

  const saveAndReturn = async () => {
    if (leaving) return;
    setLeaving(true);
    const outcome = await autosave.flush();
    setLeaving(false);
    if (outcome.state === "invalid") {
      setSummary(mapProblemToFieldErrors(outcome.problem, FIELD_IDS));
      setAttempt((n) => n + 1);
      return;
    }
    if (outcome.state === "conflict" || outcome.state === "failed" || outcome.state === "closed") {
      setSummary({ summary: [], byField: {}, general: problemText(outcome.state) });
      setAttempt((n) => n + 1);
      return;
    }
    void navigate(taskList);
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const childName = childNameOf(content);
  const title = section.title;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={taskList}>
          Back to the task list
        </Link>
        {summary ? (
          summary.general ? (
            <ErrorSummary key={attempt} errors={[]} description={summary.general} />
          ) : (
            <ErrorSummary key={attempt} errors={summary.summary} />
          )
        ) : null}
        {autosave.status.state === "conflict" ? (
          <NotificationBanner title="Your changes have not been saved">
            <p className="govuk-notification-banner__heading">
              Someone else has saved this draft since you opened this page.
            </p>
            <p className="govuk-body">
              So that their work is not overwritten, your latest changes on this page have not been
              saved. Reload the draft to see what they changed, then make your changes again.
            </p>
            <TypedAnswers rows={section.rows(content)} />
            <button
              type="button"
              className="govuk-button govuk-!-margin-bottom-0"
              data-module="govuk-button"
              disabled={reloading}
              onClick={() => void reload()}
            >
              Reload the draft
            </button>
          </NotificationBanner>
        ) : null}
        {autosave.status.state === "closed" ? (
          <NotificationBanner title="Your changes have not been saved">
            <p className="govuk-body">{autosave.status.message}</p>
            <TypedAnswers rows={section.rows(content)} />
          </NotificationBanner>
        ) : null}
        <Page
          title={summary ? `Error: ${title}` : title}
          heading={title}
          caption={childName ? `Request for assessment: ${childName}` : "Request for assessment"}
        >
          <AutosaveLine status={autosave.status} savedAt={autosave.savedAt} what="this draft" />
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void saveAndReturn();
            }}
          >
            <ContentFields
              section={section}
              audience="setting"
              content={content}
              bornOn={bornOn}
              onBornOn={onBornOn}
              onChange={update}
              onBlur={onBlur}
              errorOf={errorOf}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={leaving}
              >
                Save and return to the task list
              </button>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}

/** The draft's content, saved as it is typed; a draft sent or deleted meanwhile stops it. */
function useDraftAutosave(draft: AssessmentRequest) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useAutosave<RequestContent, AssessmentRequest>({
    initial: draft.content,
    version: draft.version,
    savedAt: draft.updated_at,
    save: async (content, ifMatch) =>
      saveOutcome(
        await client.PUT("/api/v1/assessment-requests/{id}", {
          params: { path: { id: draft.id }, header: { "If-Match": ifMatch } },
          body: { content, setting_id: null },
        }),
        closedMessage,
      ),
    versionOf: (saved) => saved.version,
    savedAtOf: (saved) => saved.updated_at,
    onSaved: (saved) => {
      queryClient.setQueryData(requestKeys.one(draft.id), saved);
      void queryClient.invalidateQueries({ queryKey: requestKeys.list });
    },
    track: (save) => trackSave(draftSaveKey(draft.id), save),
  });
}

/** A save refused because the draft has been sent or deleted meanwhile. */
function closedMessage(status: number, problem: Problem | undefined): string | undefined {
  if (status !== 404 && status !== 409) return undefined;
  return status === 409 && problem?.detail
    ? problem.detail
    : "This draft can no longer be changed: it has been sent or deleted.";
}

function problemText(state: "conflict" | "failed" | "closed"): string {
  switch (state) {
    case "conflict":
      return "Your changes have not been saved because someone else saved this draft first. Reload the draft, then make your changes again.";
    case "closed":
      return "Your changes have not been saved: this draft can no longer be changed.";
    case "failed":
      return "Your changes have not been saved yet: the service could not be reached. Check your connection and try again.";
  }
}

/** What was typed, so that nothing is lost when it could not be saved. */
function TypedAnswers({ rows }: { rows: AnswerRow[] }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Show what you typed</span>
      </summary>
      <div className="govuk-details__text">
        <dl className="govuk-summary-list">
          {rows.map((row) => (
            <div className="govuk-summary-list__row" key={row.field}>
              <dt className="govuk-summary-list__key">{row.key}</dt>
              <dd className="govuk-summary-list__value app-preserve-lines">{row.value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
