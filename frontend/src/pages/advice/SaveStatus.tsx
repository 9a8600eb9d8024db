// Whether the advice on screen is saved ("Saved at 10:42am", read out politely
// as it changes) and - when someone else saved it in the meantime - why
// nothing more is being saved, with the way out: read their version again.
import { AutosaveConflict } from "../../autosave/AutosaveConflict";
import { AutosaveLine } from "../../autosave/AutosaveLine";
import { useAdviceDraft } from "./AdviceDraft";

export function SaveStatus() {
  const { status, savedAt, reload, editable } = useAdviceDraft();
  return (
    <>
      {status.state === "conflict" ? (
        <AutosaveConflict
          title="Someone else has saved this advice"
          reloadLabel="Reload the advice"
          onReload={reload}
        >
          <p className="govuk-body">
            Another person saved changes to this advice after you opened it. So that their work is
            not overwritten, your latest changes have not been saved.
          </p>
          <p className="govuk-body">
            Copy anything you want to keep, then reload the advice to see their version.
          </p>
        </AutosaveConflict>
      ) : null}
      {editable || status.state !== "unchanged" ? (
        <AutosaveLine
          status={status}
          savedAt={savedAt}
          what="this advice"
          intro="Your answers are saved as you type."
        />
      ) : null}
    </>
  );
}
