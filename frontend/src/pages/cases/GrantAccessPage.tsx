// A co-ordinator shares the case: first who with (a family member, a named
// member of a setting's staff, or everyone at a setting), then which one,
// found by searching. The steps and the search live in the address, so "Back"
// works and nothing is lost on a reload.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { ChoiceRadios, type Choice } from "../requests/fields";
import type { CaseArrival } from "./CasePage";
import { CaseProblem, childNameOf, isPartyKind, PARTY_KINDS } from "./parts";
import {
  caseKeys,
  useCase,
  useCaseAccess,
  usePeople,
  useSettings,
  type PartyKind,
} from "./queries";

const HEADINGS: Record<PartyKind, string> = {
  family: "Give a family member access",
  person: "Give a member of a setting's staff access",
  setting: "Give everyone at a setting access",
};

export function GrantAccessPage() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const kind = params.get("kind");
  const file = useCase(id);
  const { errors, attempt, showFields } = useFormErrors({ kind: "kind" });
  const [chosenKind, setChosenKind] = useState<string | null>(null);
  const caseFile = `/cases/${id}`;

  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  const caption = `Case ${file.data.case_ref}: ${childNameOf(file.data)}`;

  if (isPartyKind(kind)) {
    return <ChooseParty caseId={id} kind={kind} caption={caption} />;
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosenKind) {
      return showFields([{ field: "kind", message: "Select who you want to give access to" }]);
    }
    setParams({ kind: chosenKind });
  };

  const title = "Who do you want to give access to?";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={caseFile}>
          Back to the case
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page
          title={errors ? `Error: ${title}` : title}
          heading="Give someone access"
          caption={caption}
        >
          <form noValidate onSubmit={onSubmit}>
            <ChoiceRadios
              name="kind"
              idPrefix="kind"
              legend={title}
              legendSize="m"
              error={errors?.byField.kind}
              value={chosenKind}
              onChange={setChosenKind}
              items={PARTY_KINDS.map((k) => ({ value: k.value, label: k.label, hint: k.hint }))}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}

function ChooseParty({
  caseId,
  kind,
  caption,
}: {
  caseId: string;
  kind: PartyKind;
  caption: string;
}) {
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const access = useCaseAccess(caseId);
  const people = usePeople(kind === "family" ? "family" : "setting", q, kind !== "setting");
  const settings = useSettings(q, kind === "setting");
  const { errors, attempt, showFields, showProblem } = useFormErrors({ id: "id" });
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${caseId}`;

  const granted = new Set((access.data ?? []).filter((g) => g.kind === kind).map((g) => g.id));
  const results = kind === "setting" ? settings : people;
  const choices: Choice[] =
    kind === "setting"
      ? (settings.data ?? []).map((s) => ({
          value: s.id,
          label: s.name,
          hint: `URN ${s.urn}${granted.has(s.id) ? ". Already has access" : ""}`,
        }))
      : (people.data ?? []).map((p) => ({
          value: p.id,
          label: p.display_name,
          hint: [
            p.email,
            p.settings.map((s) => `${s.name} (${s.title})`).join(", "),
            p.status === "invited" ? "Has not finished setting up their account" : "",
            granted.has(p.id) ? "Already has access" : "",
          ]
            .filter(Boolean)
            .join(". "),
        }));

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("q");
    const next = new URLSearchParams({ kind });
    if (typeof value === "string" && value.trim()) next.set("q", value.trim());
    setChosen(null);
    setParams(next);
  };

  const onGrant = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!chosen) return showFields([{ field: "id", message: "Select who to give access to" }]);
    const name = choices.find((c) => c.value === chosen)?.label;
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/cases/{id}/access", {
        params: { path: { id: caseId } },
        body: { kind, id: chosen },
      });
      if (data) {
        queryClient.setQueryData(caseKeys.access(caseId), data.items);
        void queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) });
        const who = typeof name === "string" ? name : "They";
        const arrival: CaseArrival = {
          done:
            kind === "setting"
              ? `Everyone at ${who} can now see this case.`
              : `${who} can now see this case.`,
        };
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

  const title = HEADINGS[kind];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${caseId}/access/new`}>
          Back
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title} caption={caption}>
          {/* The key resets the search box when the address changes (back button). */}
          <form key={q} className="app-filters" role="search" aria-label="Find" onSubmit={onSearch}>
            <div className="govuk-form-group app-filters__item">
              <label className="govuk-label" htmlFor="q">
                {kind === "setting" ? "Search by name or URN" : "Search by name or email address"}
              </label>
              <input
                className="govuk-input"
                id="q"
                name="q"
                type="search"
                defaultValue={q}
                spellCheck={false}
                autoComplete="off"
              />
            </div>
            <div className="govuk-button-group app-filters__item">
              <button type="submit" className="govuk-button govuk-button--secondary">
                Search
              </button>
            </div>
          </form>
          {results.isPending ? <p className="govuk-body">Loading…</p> : null}
          {results.isError ? (
            <p className="govuk-body">We could not search. Try again in a few minutes.</p>
          ) : null}
          {results.isSuccess && choices.length === 0 ? (
            <p className="govuk-body" role="status">
              {q
                ? `Nothing matches "${q}". Check the spelling, or search for part of the name.`
                : "There is nobody to choose yet."}{" "}
              {kind === "family"
                ? "A family member needs an account before they can be given access: ask an administrator to invite them."
                : null}
            </p>
          ) : null}
          {choices.length > 0 ? (
            <form noValidate onSubmit={(event) => void onGrant(event)}>
              <ChoiceRadios
                name="id"
                idPrefix="id"
                legend={q ? `Results for "${q}"` : kind === "setting" ? "Settings" : "People"}
                legendSize="m"
                hint={
                  choices.length === 25
                    ? "Only the first 25 are shown: search to find others."
                    : undefined
                }
                error={errors?.byField.id}
                value={chosen}
                onChange={setChosen}
                items={choices}
              />
              <div className="govuk-button-group">
                <button
                  type="submit"
                  className="govuk-button"
                  data-module="govuk-button"
                  disabled={busy}
                >
                  Give access
                </button>
                <Link className="govuk-link" to={caseFile}>
                  Cancel
                </Link>
              </div>
            </form>
          ) : null}
        </Page>
      </div>
    </div>
  );
}
