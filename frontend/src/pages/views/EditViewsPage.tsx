// Writing "About me" or the parents' or carers' views. What is written is saved
// as it is typed (see autosave/useAutosave), each save with If-Match naming the
// version read; "Save" saves what is left and goes back to the views. If
// someone else saved in between, nothing is overwritten: the page says so and
// keeps what was typed, on screen and - once their version is reloaded - beside
// it. A setting or the co-ordinator writing them is told it is on the family's
// behalf, as the case will record.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { mapProblemToFieldErrors, type Problem } from "../../api/problem";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { AutosaveConflict } from "../../autosave/AutosaveConflict";
import { AutosaveLine } from "../../autosave/AutosaveLine";
import { saveOutcome } from "../../autosave/saveOutcome";
import { trackSave } from "../../autosave/savesInFlight";
import { useAutosave } from "../../autosave/useAutosave";
import { CharacterCount, characterCount } from "../../govuk/CharacterCount";
import type { CaseArrival } from "../cases/CasePage";
import { CaseProblem, childNameOf } from "../cases/parts";
import { useCase, type CaseSummary } from "../cases/queries";
import { NotFoundPage } from "../not-found/NotFoundPage";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import {
  isViewsKind,
  KINDS,
  mayWriteViews,
  type CaseViews,
  type KindText,
  type ViewsBody,
  type ViewsKind,
} from "./kinds";
import { TextParagraphs } from "./parts";
import { useCaseViews, viewsKey, viewsSaveKey } from "./queries";

/** The longest views the API keeps (domain::advice::content::MAX_TEXT_CHARS). */
export const MAX_VIEWS_CHARS = 20_000;

const FIELD_IDS = { body: "views" };

export const CONFLICT_MESSAGE =
  "Someone else changed these views since you opened them. Your text is below: copy it, reload the page and add your changes again.";

/** Starting the form again from the server's copy, keeping what had been typed. */
interface Restart {
  generation: number;
  kind: ViewsKind | null;
  typed: string | null;
}

export function EditViewsPage() {
  const { id = "", kind } = useParams();
  const file = useCase(id);
  const views = useCaseViews(id);
  const [restart, setRestart] = useState<Restart>({ generation: 0, kind: null, typed: null });
  if (!isViewsKind(kind)) return <NotFoundPage />;
  // Start from the views as they are now, not as they were when last read.
  if (file.isPending || views.isPending || !views.isFetchedAfterMount) {
    return <p className="govuk-body">Loading…</p>;
  }
  if (file.isError) return <CaseProblem error={file.error} />;
  if (views.isError) return <CaseProblem error={views.error} />;
  return (
    <ViewsForm
      key={`${kind}:${restart.generation}`}
      file={file.data}
      text={KINDS[kind]}
      views={viewsOf(views.data, kind)}
      typedBefore={restart.kind === kind ? restart.typed : null}
      onReload={async (typed) => {
        await views.refetch();
        setRestart((was) => ({ generation: was.generation + 1, kind, typed }));
      }}
    />
  );
}

function viewsOf(views: CaseViews, kind: ViewsKind): ViewsBody | undefined {
  return views.items.find((v) => v.kind === kind);
}

/** Too long a text, refused in the browser as the server would refuse it. */
function tooLong(text: KindText): Problem {
  return {
    type: "about:blank",
    title: "There is a problem",
    status: 422,
    errors: [
      {
        field: "body",
        code: "too_long",
        message: `${text.heading} must be ${MAX_VIEWS_CHARS.toLocaleString("en-GB")} characters or fewer`,
      },
    ],
  };
}

const CANNOT_WRITE = "You cannot write the views on this case.";

function closedMessage(status: number): string | undefined {
  return status === 404 ? CANNOT_WRITE : undefined;
}

function ViewsForm({
  file,
  text,
  views,
  typedBefore,
  onReload,
}: {
  file: CaseSummary;
  text: KindText;
  views: ViewsBody | undefined;
  /** What was typed before the page was reloaded after a conflict (not saved). */
  typedBefore: string | null;
  onReload: (typed: string) => Promise<void>;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe().data;
  const { errors, attempt, show, clear } = useFormErrors(FIELD_IDS);
  const [body, setBody] = useState(views?.body ?? "");
  const [busy, setBusy] = useState(false);
  const [reloading, setReloading] = useState(false);
  const viewsPage = `/cases/${file.id}/views`;
  const autosave = useAutosave<string, CaseViews>({
    initial: views?.body ?? "",
    version: views?.version ?? 0,
    savedAt: views?.updated_at ?? null,
    save: async (value, ifMatch) => {
      if (characterCount(value) > MAX_VIEWS_CHARS) {
        return { kind: "invalid", problem: tooLong(text) };
      }
      return saveOutcome(
        await client.PUT("/api/v1/cases/{id}/views/{kind}", {
          params: { path: { id: file.id, kind: text.kind }, header: { "If-Match": ifMatch } },
          body: { body: value },
        }),
        closedMessage,
      );
    },
    versionOf: (saved) => viewsOf(saved, text.kind)?.version ?? 0,
    savedAtOf: (saved) => viewsOf(saved, text.kind)?.updated_at,
    onSaved: (saved) => {
      queryClient.setQueryData(viewsKey(file.id), saved);
      void queryClient.invalidateQueries({ queryKey: ["cases", "one", file.id, "timeline"] });
    },
    track: (save) => trackSave(viewsSaveKey(file.id), save),
  });
  const conflict = autosave.status.state === "conflict";

  const onChange = (value: string) => {
    setBody(value);
    autosave.change(value);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (characterCount(body) > MAX_VIEWS_CHARS) {
      return show(mapProblemToFieldErrors(tooLong(text), FIELD_IDS));
    }
    setBusy(true);
    const outcome = await autosave.flush();
    setBusy(false);
    switch (outcome.state) {
      case "conflict":
        // The conflict notice says what happened and what to do.
        return clear();
      case "invalid":
        return show(mapProblemToFieldErrors(outcome.problem, FIELD_IDS));
      case "closed":
        return show({
          summary: [],
          byField: {},
          general: `${outcome.message} Your latest changes have not been saved.`,
        });
      case "failed":
        return show({
          summary: [],
          byField: {},
          general:
            "Your changes have not been saved yet: the service could not be reached. Check your internet connection and try again.",
        });
      default: {
        const arrival: CaseArrival =
          outcome.state === "unchanged" ? {} : { done: `${text.heading} saved` };
        void navigate(viewsPage, { state: arrival });
      }
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload(body);
    } finally {
      setReloading(false);
    }
  };

  const childName = childNameOf(file);
  const title = text.heading;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={viewsPage}>
          Back to the views
        </Link>
        {conflict ? (
          <AutosaveConflict
            title="Your changes have not been saved"
            reloadLabel="Reload the views"
            onReload={() => void reload()}
            reloading={reloading}
          >
            <p className="govuk-body">{CONFLICT_MESSAGE}</p>
          </AutosaveConflict>
        ) : (
          <FormErrorSummary errors={errors} attempt={attempt} />
        )}
        <Page
          title={errors || conflict ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${file.case_ref}${childName ? `: ${childName}` : ""}`}
        >
          {me && me.role !== "family" && mayWriteViews(me.role) ? (
            <div className="govuk-inset-text" data-testid="on-behalf">
              You are writing these on the family&apos;s behalf. This will be recorded.
            </div>
          ) : null}
          <AutosaveLine
            status={autosave.status}
            savedAt={autosave.savedAt}
            what="these views"
            intro="What you write is saved as you type."
          />
          {typedBefore !== null && typedBefore !== body ? (
            <div className="govuk-inset-text" data-testid="typed-before">
              <h2 className="govuk-heading-s">What you typed before reloading</h2>
              <p className="govuk-body">
                It has not been saved. Copy anything you want to keep into the box below.
              </p>
              <TextParagraphs text={typedBefore} />
            </div>
          ) : null}
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <CharacterCount
              id="views"
              name="views"
              label={text.label}
              labelClass="govuk-label--s"
              hint={text.hint}
              maxLength={MAX_VIEWS_CHARS}
              value={body}
              onChange={onChange}
              onBlur={() => void autosave.flush()}
              rows={12}
              error={errors?.byField.body}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Save
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
