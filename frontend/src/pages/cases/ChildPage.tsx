// A co-ordinator corrects the child's details on a case. The change carries
// If-Match with the details' version as read; if someone else changed them in
// between, nothing is changed and the page says so (never a silent overwrite).
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { TextInput } from "../../govuk/TextInput";
import { FormErrorSummary, useFormErrors, type FieldMessage } from "../sign-in/formErrors";
import { dateFromParts, partsOf, type DateParts } from "../requests/dates";
import { Checkbox, DateInput } from "../requests/fields";
import type { CaseArrival } from "./CasePage";
import { CaseProblem, childNameOf } from "./parts";
import { caseKeys, useAllSettings, useCase, type CaseChild, type CaseSummary } from "./queries";

const FIELD_IDS = {
  given_names: "given_names",
  family_name: "family_name",
  born_on: "born_on-day",
  parental_responsibility: "parental_responsibility",
  preferred_language: "preferred_language",
  setting_id: "setting_id",
};

export function ChildPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const [generation, setGeneration] = useState(0);
  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (!file.data.child) {
    return (
      <Page title="There are no child's details to correct">
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${id}`}>
            Back to the case
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <ChildForm
      key={generation}
      file={file.data}
      child={file.data.child}
      onReload={async () => {
        await file.refetch();
        setGeneration((n) => n + 1);
      }}
    />
  );
}

function ChildForm({
  file,
  child,
  onReload,
}: {
  file: CaseSummary;
  child: CaseChild;
  onReload: () => Promise<void>;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const settings = useAllSettings();
  const { errors, attempt, showFields, showProblem, show } = useFormErrors(FIELD_IDS);
  const [conflict, setConflict] = useState(false);
  const [givenNames, setGivenNames] = useState(child.given_names);
  const [familyName, setFamilyName] = useState(child.family_name);
  const [bornOn, setBornOn] = useState<DateParts>(() => partsOf(child.born_on));
  const [lookedAfter, setLookedAfter] = useState(child.looked_after);
  const [responsibility, setResponsibility] = useState(child.parental_responsibility);
  const [language, setLanguage] = useState(child.preferred_language);
  const [settingId, setSettingId] = useState(child.setting?.id ?? "");
  const [busy, setBusy] = useState(false);
  const caseFile = `/cases/${file.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems: FieldMessage[] = [];
    if (!givenNames.trim()) {
      problems.push({
        field: "given_names",
        message: "Enter the child or young person's first name",
      });
    }
    if (!familyName.trim()) {
      problems.push({
        field: "family_name",
        message: "Enter the child or young person's last name",
      });
    }
    const born = dateFromParts(bornOn);
    if (born.kind === "empty") {
      problems.push({
        field: "born_on",
        message: "Enter the child or young person's date of birth",
      });
    } else if (born.kind === "invalid") {
      problems.push({
        field: "born_on",
        message: "Date of birth must be a real date, for example 27 3 2018",
      });
    }
    if (problems.length > 0 || born.kind !== "date") return showFields(problems);
    setBusy(true);
    setConflict(false);
    try {
      const { data, error, response } = await client.PUT("/api/v1/cases/{id}/child", {
        params: { path: { id: file.id }, header: { "If-Match": `"${child.version}"` } },
        body: {
          given_names: givenNames.trim(),
          family_name: familyName.trim(),
          born_on: born.iso,
          looked_after: lookedAfter,
          parental_responsibility: responsibility.trim(),
          preferred_language: language.trim(),
          setting_id: settingId || null,
        },
      });
      if (data) {
        queryClient.setQueryData(caseKeys.one(file.id), data);
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(file.id) });
        void queryClient.invalidateQueries({ queryKey: ["cases", "list"] });
        const arrival: CaseArrival = { done: "The child's details have been corrected." };
        void navigate(caseFile, { state: arrival });
        return;
      }
      if (response.status === 412) {
        setConflict(true);
        show({
          summary: [],
          byField: {},
          general:
            "Someone else changed the child's details after you opened this page, so nothing was changed.",
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

  const settingError = errors?.byField.setting_id;
  const title = "Correct the child's details";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={caseFile}>
          Back to the case
        </Link>
        <FormErrorSummary
          errors={errors}
          attempt={attempt}
          extra={
            conflict ? (
              <button type="button" className="app-link-button" onClick={() => void onReload()}>
                Start again from their changes
              </button>
            ) : null
          }
        />
        <Page
          title={errors ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${file.case_ref}: ${childNameOf(file)}`}
        >
          <p className="govuk-body">
            The date of birth decides some deadlines. The correction is recorded on the case&apos;s
            timeline.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="given_names"
              name="given_names"
              label="First name"
              autoComplete="off"
              spellCheck={false}
              value={givenNames}
              onChange={(event) => setGivenNames(event.target.value)}
              error={errors?.byField.given_names}
            />
            <TextInput
              id="family_name"
              name="family_name"
              label="Last name"
              autoComplete="off"
              spellCheck={false}
              value={familyName}
              onChange={(event) => setFamilyName(event.target.value)}
              error={errors?.byField.family_name}
            />
            <DateInput
              id="born_on"
              legend="Date of birth"
              hint="For example, 27 3 2018"
              value={bornOn}
              onChange={setBornOn}
              error={errors?.byField.born_on}
            />
            <div className={`govuk-form-group${settingError ? " govuk-form-group--error" : ""}`}>
              <label className="govuk-label" htmlFor="setting_id">
                Education setting
              </label>
              {settingError ? (
                <ErrorMessage id="setting_id-error">{settingError}</ErrorMessage>
              ) : null}
              <select
                className={`govuk-select${settingError ? " govuk-select--error" : ""}`}
                id="setting_id"
                name="setting_id"
                value={settingId}
                onChange={(event) => setSettingId(event.target.value)}
                aria-describedby={settingError ? "setting_id-error" : undefined}
              >
                <option value="">None</option>
                {child.setting && !(settings.data ?? []).some((s) => s.id === child.setting?.id) ? (
                  <option value={child.setting.id}>{child.setting.name}</option>
                ) : null}
                {(settings.data ?? []).map((setting) => (
                  <option key={setting.id} value={setting.id}>
                    {setting.name}
                  </option>
                ))}
              </select>
            </div>
            <TextInput
              id="preferred_language"
              name="preferred_language"
              label="Preferred language (optional)"
              hint="Leave blank for English"
              autoComplete="off"
              value={language}
              onChange={(event) => setLanguage(event.target.value)}
              error={errors?.byField.preferred_language}
            />
            <TextInput
              id="parental_responsibility"
              name="parental_responsibility"
              label="Who has parental responsibility (optional)"
              autoComplete="off"
              value={responsibility}
              onChange={(event) => setResponsibility(event.target.value)}
              error={errors?.byField.parental_responsibility}
            />
            <Checkbox
              id="looked_after"
              name="looked_after"
              label="The child is looked after by a local authority"
              checked={lookedAfter}
              onChange={setLookedAfter}
            />
            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
              >
                Save the corrections
              </button>
              <Link className="govuk-link" to={caseFile}>
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}
