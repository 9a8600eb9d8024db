// "Invite someone": name, email and role; for education setting staff, the
// setting they work at and their title there; for contributors, the teams they
// join and which of them they manage. The server emails the invitation and
// writes the memberships with the account.
import { useQueryClient } from "@tanstack/react-query";
import { Fragment, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApiClient } from "../../api/client";
import { isProblem } from "../../api/problem";
import type { components } from "../../api/schema";
import { Page } from "../../app/Page";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { Radios } from "../../govuk/Radios";
import { TextInput } from "../../govuk/TextInput";
import {
  fieldValue,
  FormErrorSummary,
  useFormErrors,
  type FieldMessage,
} from "../sign-in/formErrors";
import { membershipsOf, ROLES, type RoleName, type UserSummary } from "./labels";
import { useEverySetting } from "./SettingsData";
import { StaffTitleRadios, titleFrom } from "./SettingStaffTitle";
import { useEveryTeam, type Team } from "./TeamsData";

type InviteRequest = components["schemas"]["InviteRequest"];

// The role radios' first input has the id "role"; the title radios' "setting_title";
// the first team checkbox "teams".
const FIELD_IDS = {
  display_name: "display_name",
  email: "email",
  role: "role",
  setting_id: "setting_id",
  setting_title: "setting_title",
  teams: "teams",
};

/** The server names a team by its place in the list ("teams.1.team_id"): show it on the checkboxes. */
function withTeamsField(error: unknown): unknown {
  if (!isProblem(error) || !error.errors) return error;
  return {
    ...error,
    errors: error.errors.map((e) => (e.field.startsWith("teams.") ? { ...e, field: "teams" } : e)),
  };
}

function SettingQuestions({ error, titleError }: { error?: string; titleError?: string }) {
  const settings = useEverySetting(true);
  if (settings.isPending) return <p className="govuk-body">Loading education settings…</p>;
  if (settings.isError) {
    return (
      <p className="govuk-body">
        We could not get the list of education settings. You can add them to a setting later, from
        the setting&apos;s page.
      </p>
    );
  }
  if (settings.data.length === 0) {
    return (
      <div className="govuk-inset-text">
        There are no education settings yet.{" "}
        <Link className="govuk-link" to="/admin/settings/new">
          Add their setting
        </Link>{" "}
        first, or invite them now and add them to it later.
      </div>
    );
  }
  return (
    <>
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <label className="govuk-label govuk-label--m" htmlFor="setting_id">
          Which setting do they work at?
        </label>
        <div id="setting_id-hint" className="govuk-hint">
          You can also add them to a setting later, from the setting&apos;s page.
        </div>
        {error ? <ErrorMessage id="setting_id-error">{error}</ErrorMessage> : null}
        <select
          className={`govuk-select${error ? " govuk-select--error" : ""}`}
          id="setting_id"
          name="setting_id"
          defaultValue=""
          aria-describedby={`setting_id-hint${error ? " setting_id-error" : ""}`}
        >
          <option value="">Not yet</option>
          {settings.data.map((setting) => (
            <option key={setting.id} value={setting.id}>
              {setting.name} (URN {setting.urn})
            </option>
          ))}
        </select>
      </div>
      <StaffTitleRadios
        name="setting_title"
        legend="What is their job title there?"
        error={titleError}
      />
    </>
  );
}

function TeamQuestions({ error }: { error?: string }) {
  const teams = useEveryTeam(true);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  if (teams.isPending) return <p className="govuk-body">Loading teams…</p>;
  if (teams.isError) {
    return (
      <p className="govuk-body">
        We could not get the list of teams. You can add them to teams later, from each team&apos;s
        page.
      </p>
    );
  }
  if (teams.data.length === 0) {
    return (
      <div className="govuk-inset-text">
        There are no teams yet.{" "}
        <Link className="govuk-link" to="/admin/teams/new">
          Create their team
        </Link>{" "}
        first, or invite them now and add them to a team later.
      </div>
    );
  }
  const toggle = (team: Team, on: boolean) =>
    setChosen((was) => {
      const next = new Set(was);
      if (on) next.add(team.id);
      else next.delete(team.id);
      return next;
    });
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={`teams-hint${error ? " teams-error" : ""}`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          Which teams are they in?
        </legend>
        <div id="teams-hint" className="govuk-hint">
          Select all that apply, or none to add them to teams later.
        </div>
        {error ? <ErrorMessage id="teams-error">{error}</ErrorMessage> : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          {teams.data.map((team, index) => {
            const id = index === 0 ? "teams" : `teams-${index + 1}`;
            const on = chosen.has(team.id);
            return (
              <Fragment key={team.id}>
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    name="teams"
                    type="checkbox"
                    value={team.id}
                    aria-controls={`${id}-conditional`}
                    onChange={(event) => toggle(team, event.currentTarget.checked)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {team.name}
                  </label>
                </div>
                <div
                  className={`govuk-checkboxes__conditional${on ? "" : " govuk-checkboxes__conditional--hidden"}`}
                  id={`${id}-conditional`}
                >
                  {on ? (
                    <div className="govuk-checkboxes govuk-checkboxes--small">
                      <div className="govuk-checkboxes__item">
                        <input
                          className="govuk-checkboxes__input"
                          id={`${id}-manager`}
                          name="managers"
                          type="checkbox"
                          value={team.id}
                        />
                        <label
                          className="govuk-label govuk-checkboxes__label"
                          htmlFor={`${id}-manager`}
                        >
                          They manage {team.name}
                        </label>
                      </div>
                    </div>
                  ) : null}
                </div>
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function InvitePage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [invited, setInvited] = useState<UserSummary | null>(null);
  const [role, setRole] = useState("");
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const display_name = fieldValue(form, "display_name").trim();
    const email = fieldValue(form, "email").trim();
    const role = fieldValue(form, "role");
    const missing: FieldMessage[] = [];
    if (!display_name) missing.push({ field: "display_name", message: "Enter their full name" });
    if (!email) missing.push({ field: "email", message: "Enter their email address" });
    if (!role) missing.push({ field: "role", message: "Select their role" });
    const body: InviteRequest = { display_name, email, role: role as RoleName };
    if (role === "setting") {
      const setting_id = fieldValue(form, "setting_id");
      const setting_title = titleFrom(form, "setting_title");
      if (setting_id) {
        body.setting_id = setting_id;
        if (setting_title) body.setting_title = setting_title;
        else {
          missing.push({
            field: "setting_title",
            message: "Select or enter their job title at the setting",
          });
        }
      } else if (setting_title) {
        missing.push({ field: "setting_id", message: "Select the setting they work at" });
      }
    }
    if (role === "contributor") {
      const data = new FormData(form);
      const managers = new Set(data.getAll("managers"));
      const teams = data.getAll("teams").filter((t) => typeof t === "string");
      if (teams.length > 0) {
        body.teams = teams.map((team_id) => ({ team_id, manager: managers.has(team_id) }));
      }
    }
    if (missing.length > 0) return showFields(missing);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/users", { body });
      if (data) {
        void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
        if (body.teams) void queryClient.invalidateQueries({ queryKey: ["teams", "members"] });
        if (body.setting_id)
          void queryClient.invalidateQueries({ queryKey: ["settings", "staff"] });
        setInvited(data);
      } else showProblem(withTeamsField(error), response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  if (invited) {
    const memberships = membershipsOf(invited);
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Page title={`${invited.display_name} has been invited`}>
            <p className="govuk-body">Their role is: {invited.role_label}.</p>
            {memberships.length > 0 ? (
              <>
                <p className="govuk-body">
                  {invited.settings.length > 0 ? "They work at:" : "They are in:"}
                </p>
                <ul className="govuk-list govuk-list--bullet">
                  {memberships.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <h2 className="govuk-heading-m">What happens next</h2>
            <p className="govuk-body">
              An invitation email is on its way to{" "}
              <strong className="app-break-anywhere">{invited.email}</strong>. The link in it works
              for 14 days. They will choose a password and set up a second way to prove it is them.
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to={`/admin/users/${invited.id}`}>
                See {invited.display_name}&apos;s account
              </Link>
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to="/admin/users">
                Back to users
              </Link>
            </p>
          </Page>
        </div>
      </div>
    );
  }

  const title = "Invite someone";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/users">
          Back to users
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <p className="govuk-body">
            We will email them a link to set up their account. Their role cannot be changed later.
          </p>
          <form
            noValidate
            onSubmit={(event) => void onSubmit(event)}
            onChange={(event) => {
              const target = event.target;
              if (target instanceof HTMLInputElement && target.name === "role") {
                setRole(target.value);
              }
            }}
          >
            <TextInput
              id="display_name"
              name="display_name"
              label="Full name"
              autoComplete="off"
              spellCheck={false}
              error={errors?.byField.display_name}
            />
            <TextInput
              id="email"
              name="email"
              type="email"
              label="Email address"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              error={errors?.byField.email}
            />
            <Radios
              name="role"
              idPrefix="role"
              legend="Role"
              error={errors?.byField.role}
              items={ROLES.map((r) => ({ value: r.value, label: r.label, hint: r.hint }))}
            />
            {role === "setting" ? (
              <SettingQuestions
                error={errors?.byField.setting_id}
                titleError={errors?.byField.setting_title}
              />
            ) : null}
            {role === "contributor" ? <TeamQuestions error={errors?.byField.teams} /> : null}
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Send invitation
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
