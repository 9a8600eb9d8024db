// Writing "About me" or the parents' or carers' views. The save carries
// If-Match with the version read; if someone else saved in between, nothing is
// overwritten and the page says so, keeping what was typed so it is not lost.
// A setting or the co-ordinator writing them is told it is on the family's
// behalf, as the case will record.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { CharacterCount, characterCount } from "../../govuk/CharacterCount";
import type { CaseArrival } from "../cases/CasePage";
import { CaseProblem, childNameOf } from "../cases/parts";
import { useCase, type CaseSummary } from "../cases/queries";
import { NotFoundPage } from "../not-found/NotFoundPage";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { isViewsKind, KINDS, mayWriteViews, type KindText, type ViewsBody } from "./kinds";
import { useCaseViews, viewsKey } from "./queries";

/** The longest views the API keeps (domain::advice::content::MAX_TEXT_CHARS). */
export const MAX_VIEWS_CHARS = 20_000;

const FIELD_IDS = { body: "views" };

export const CONFLICT_MESSAGE =
  "Someone else changed these views since you opened them. Your text is below: copy it, reload the page and add your changes again.";

export function EditViewsPage() {
  const { id = "", kind } = useParams();
  const file = useCase(id);
  const views = useCaseViews(id);
  if (!isViewsKind(kind)) return <NotFoundPage />;
  // Start from the views as they are now, not as they were when last read.
  if (file.isPending || views.isPending || !views.isFetchedAfterMount) {
    return <p className="govuk-body">Loading…</p>;
  }
  if (file.isError) return <CaseProblem error={file.error} />;
  if (views.isError) return <CaseProblem error={views.error} />;
  const current = views.data.items.find((v) => v.kind === kind);
  return <ViewsForm file={file.data} text={KINDS[kind]} views={current} />;
}

function ViewsForm({
  file,
  text,
  views,
}: {
  file: CaseSummary;
  text: KindText;
  views: ViewsBody | undefined;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe().data;
  const { errors, attempt, show, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [body, setBody] = useState(views?.body ?? "");
  const [busy, setBusy] = useState(false);
  const viewsPage = `/cases/${file.id}/views`;
  const version = views?.version ?? 0;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (characterCount(body) > MAX_VIEWS_CHARS) {
      return showFields([
        {
          field: "body",
          message: `${text.heading} must be ${MAX_VIEWS_CHARS.toLocaleString("en-GB")} characters or fewer`,
        },
      ]);
    }
    setBusy(true);
    try {
      const { data, error, response } = await client.PUT("/api/v1/cases/{id}/views/{kind}", {
        params: {
          path: { id: file.id, kind: text.kind },
          header: { "If-Match": `"${version}"` },
        },
        body: { body },
      });
      if (data) {
        queryClient.setQueryData(viewsKey(file.id), data);
        void queryClient.invalidateQueries({ queryKey: ["cases", "one", file.id, "timeline"] });
        const arrival: CaseArrival = { done: `${text.heading} saved` };
        void navigate(viewsPage, { state: arrival });
        return;
      }
      if (response.status === 412) {
        show({ summary: [], byField: {}, general: CONFLICT_MESSAGE });
        return;
      }
      if (response.status === 404) {
        show({
          summary: [],
          byField: {},
          general: "You cannot write the views on this case. Nothing was saved.",
        });
        return;
      }
      showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
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
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page
          title={errors ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${file.case_ref}${childName ? `: ${childName}` : ""}`}
        >
          {me && me.role !== "family" && mayWriteViews(me.role) ? (
            <div className="govuk-inset-text" data-testid="on-behalf">
              You are writing these on the family&apos;s behalf. This will be recorded.
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
              onChange={setBody}
              rows={12}
              error={errors?.byField.body}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
              >
                Save
              </button>
              <Link className="govuk-link" to={viewsPage}>
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}
