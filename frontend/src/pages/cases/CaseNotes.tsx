// Notes on the case's timeline: the form that adds one - at once, for everyone
// who sees the timeline, or as a draft only its author sees - and the author's
// drafts, each changed (If-Match with the version shown), submitted or deleted.
// Problems show in a GOV.UK error summary that leads to the text.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useApiClient } from "../../api/client";
import { formatTime } from "../../app/format";
import { CharacterCount, characterCount } from "../../govuk/CharacterCount";
import { newIdempotencyKey } from "../advice/data";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { caseKeys, type NoteBody } from "./queries";

/** The longest note the server keeps, in characters after trimming. */
export const NOTE_MAX_CHARS = 5000;

const STALE =
  "This draft was changed in another tab or window after this page showed it, so nothing was changed. Check the draft below and try again.";

/** The browser's own check of a note's text: the server's words, so both read alike. */
function textProblem(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return "Enter the note";
  if (characterCount(trimmed) > NOTE_MAX_CHARS) {
    return `The note must be ${NOTE_MAX_CHARS} characters or fewer`;
  }
  return null;
}

/** Reads every view of the case's timeline again. */
function useRefreshTimeline(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) });
}

const ADD_FIELDS = { text: "note-text" };

/** "Add a note": "Add note" puts it on the timeline, "Save as draft" keeps it to its author. */
export function AddNoteForm({ caseId }: { caseId: string }) {
  const client = useApiClient();
  const refresh = useRefreshTimeline(caseId);
  const { errors, attempt, showFields, showProblem, clear } = useFormErrors(ADD_FIELDS);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState("");
  // A retry of the same note keeps its key, so a lost answer never adds it twice.
  const sent = useRef<{ body: string; key: string } | null>(null);

  const add = async (submit: boolean) => {
    if (busy) return;
    setDone("");
    const problem = textProblem(text);
    if (problem) return showFields([{ field: "text", message: problem }]);
    const body = { text: text.trim(), submit };
    const serialised = JSON.stringify(body);
    if (sent.current?.body !== serialised) {
      sent.current = { body: serialised, key: newIdempotencyKey() };
    }
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/cases/{id}/notes", {
        params: { path: { id: caseId }, header: { "Idempotency-Key": sent.current.key } },
        body,
      });
      if (data) {
        clear();
        setText("");
        sent.current = null;
        setDone(
          submit
            ? "Your note has been added to the timeline."
            : "Your note has been saved as a draft. Only you can see it until you submit it.",
        );
        await refresh();
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void add(true);
  };

  return (
    <form noValidate onSubmit={onSubmit} data-testid="add-note">
      <FormErrorSummary errors={errors} attempt={attempt} />
      <CharacterCount
        id="note-text"
        name="text"
        label="Add a note"
        labelClass="govuk-label--s"
        hint="Everyone who can see this case's timeline can read a note once it is added, and it cannot be changed. A draft is seen only by you."
        maxLength={NOTE_MAX_CHARS}
        rows={4}
        value={text}
        onChange={(value) => {
          setText(value);
          setDone("");
        }}
        error={errors?.byField.text}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
          Add note
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={busy}
          onClick={() => void add(false)}
        >
          Save as draft
        </button>
      </div>
      <p className="govuk-body" role="status">
        {done}
      </p>
    </form>
  );
}

/** The reader's own draft notes, above the timeline. */
export function DraftNotes({ caseId, drafts }: { caseId: string; drafts: NoteBody[] }) {
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="draft-notes-heading" data-testid="draft-notes">
      <h3 className="govuk-heading-s" id="draft-notes-heading">
        Your draft notes
      </h3>
      <p className="govuk-body">Only you can see these until you submit them.</p>
      <ul className="govuk-list app-draft-notes">
        {drafts.map((note) => (
          <li key={note.id} className="app-draft-note">
            <DraftNote caseId={caseId} note={note} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DraftNote({ caseId, note }: { caseId: string; note: NoteBody }) {
  const client = useApiClient();
  const refresh = useRefreshTimeline(caseId);
  const textId = `note-${note.id}-text`;
  const fieldIds = useMemo(() => ({ text: textId }), [textId]);
  const { errors, attempt, show, showFields, showProblem, clear } = useFormErrors(fieldIds);
  const [editing, setEditing] = useState(false);
  // Deleting asks first: a draft is the author's unsaved work, and a button is
  // easy to touch by mistake on a phone.
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const [text, setText] = useState(note.text);
  const [busy, setBusy] = useState(false);
  const header = { "If-Match": `"${note.version}"` };
  const path = { id: note.id };
  const saved = formatTime(note.updated_at);
  const which = <span className="govuk-visually-hidden"> the draft note saved {saved}</span>;

  /** Runs a change of the draft: a 412 says so and shows the draft as it now is. */
  const change = async (act: () => Promise<{ error?: unknown; response: Response }>) => {
    if (busy) return;
    setBusy(true);
    try {
      const { error, response } = await act();
      if (response.ok) {
        clear();
        setEditing(false);
        await refresh();
        return;
      }
      if (response.status === 412) {
        show({ summary: [], byField: {}, general: STALE });
        setEditing(false);
        await refresh();
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = textProblem(text);
    if (problem) return showFields([{ field: "text", message: problem }]);
    void change(() =>
      client.PUT("/api/v1/notes/{id}", { params: { path, header }, body: { text: text.trim() } }),
    );
  };

  return (
    <>
      <FormErrorSummary errors={errors} attempt={attempt} />
      {editing ? (
        <form noValidate onSubmit={onSave}>
          <CharacterCount
            id={textId}
            name="text"
            label="Change your draft note"
            labelClass="govuk-label--s"
            maxLength={NOTE_MAX_CHARS}
            rows={4}
            value={text}
            onChange={setText}
            error={errors?.byField.text}
          />
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Save draft
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              onClick={() => {
                clear();
                setText(note.text);
                setEditing(false);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="govuk-body app-note-text">{note.text}</p>
          <p className="govuk-body-s app-timeline__byline">
            Draft saved <time dateTime={note.updated_at}>{saved}</time>
          </p>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              disabled={busy}
              onClick={() => {
                clear();
                setText(note.text);
                setEditing(true);
              }}
            >
              Edit{which}
            </button>
            <button
              type="button"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
              onClick={() =>
                void change(() =>
                  client.POST("/api/v1/notes/{id}/submit", { params: { path, header } }),
                )
              }
            >
              Submit{which}
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={busy || confirming}
              onClick={() => {
                clear();
                setConfirming(true);
              }}
            >
              Delete{which}
            </button>
          </div>
          {confirming && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <div className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                <p className="govuk-body govuk-!-font-weight-bold" tabIndex={-1} ref={confirmRef}>
                  Delete this draft note? You cannot get it back.
                </p>
                <div className="govuk-button-group">
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning"
                    data-module="govuk-button"
                    disabled={busy}
                    onClick={() =>
                      void change(() =>
                        client.DELETE("/api/v1/notes/{id}", { params: { path } }),
                      ).finally(() => setConfirming(false))
                    }
                  >
                    Yes, delete it{which}
                  </button>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary"
                    data-module="govuk-button"
                    onClick={() => setConfirming(false)}
                  >
                    No, keep it{which}
                  </button>
                </div>
              </div>
            </div>
          )}
        </>
      )}
    </>
  );
}
