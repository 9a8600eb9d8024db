// The frame of each page of the advice template: back to the request, the
// errors the server found in this section, the save status, the questions, and
// "Save and return" (which saves at once rather than after the pause).
import { useState, type ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { Page } from "../../app/Page";
import { useAdviceDraft } from "./AdviceDraft";
import { fieldId, sectionOf } from "./fields";
import { LinkedErrorSummary, useFocusFromHash } from "./LinkedErrorSummary";
import { SaveStatus } from "./SaveStatus";

/** The message for each field the server refused, by field path. */
export function useFieldErrors(): (field: string) => string | undefined {
  const { errors } = useAdviceDraft();
  return (field) => errors.find((e) => e.field === field)?.message;
}

export function SectionPage({
  section,
  title,
  children,
}: {
  /** The section's path under the request, e.g. "background" or "areas/health". */
  section: string;
  title: string;
  children: ReactNode;
}) {
  const { request, editable, errors, flush } = useAdviceDraft();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const home = `/advice-requests/${request.id}`;
  useFocusFromHash();
  const here = errors.filter((e) => sectionOf(e.field) === section);
  const saveAndReturn = async () => {
    setBusy(true);
    const saved = await flush();
    setBusy(false);
    if (saved) void navigate(home, { state: { saved: true } });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={home}>
          Back to the request
        </Link>
        {here.length > 0 ? (
          <LinkedErrorSummary
            errors={here.map((e) => ({ to: `#${fieldId(e.field)}`, text: e.message }))}
          />
        ) : null}
        <Page title={title} caption={`${request.case_ref}: your advice`}>
          {editable ? (
            <>
              <SaveStatus />
              {children}
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button"
                  data-module="govuk-button"
                  disabled={busy}
                  aria-disabled={busy}
                  onClick={() => void saveAndReturn()}
                >
                  Save and return to your advice
                </button>
              </div>
            </>
          ) : (
            <>
              <SaveStatus />
              <p className="govuk-body">This advice cannot be changed now.</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={home}>
                  Go back to the request
                </Link>
              </p>
            </>
          )}
        </Page>
      </div>
    </div>
  );
}
