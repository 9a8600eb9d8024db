// One person's account: what it is, and what an administrator can do to it.
// Suspending and resetting the second factor each ask "are you sure?" first
// (the step is in the address, ?confirm=..., so "Back" leaves it).
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { ApiError } from "../../api/problem";
import { formatTime } from "../../app/format";
import { Page } from "../../app/Page";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { SummaryList, type SummaryListRow } from "../../govuk/SummaryList";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import type { UserSummary } from "./labels";
import { StatusTag } from "./StatusTag";
import { userQueryKey, useUser } from "./useUsers";

type Action = "suspend" | "reactivate" | "reset-second-factor" | "resend-invitation";

const ACTIONS: Record<
  Action,
  {
    button: string;
    /** Asked before an action that cannot simply be undone. */
    confirm?: { title: (name: string) => string; body: string; yes: string };
    done: (name: string) => string;
  }
> = {
  suspend: {
    button: "Suspend",
    confirm: {
      title: (name) => `Are you sure you want to suspend ${name}?`,
      body: "They will be signed out straight away and will not be able to sign in until an administrator reactivates their account. Nothing they have written is deleted.",
      yes: "Yes, suspend",
    },
    done: (name) => `${name} has been suspended and signed out.`,
  },
  reactivate: {
    button: "Reactivate",
    done: (name) => `${name} has been reactivated and can sign in again.`,
  },
  "reset-second-factor": {
    button: "Reset second factor",
    confirm: {
      title: (name) => `Are you sure you want to reset ${name}'s second factor?`,
      body: "Their authenticator app or phone number and their recovery codes will stop working. They will be signed out and must set up a second factor again the next time they sign in. This cannot be undone.",
      yes: "Yes, reset their second factor",
    },
    done: (name) =>
      `${name}'s second factor has been reset. They will set up a new one when they next sign in.`,
  },
  "resend-invitation": {
    button: "Resend invitation",
    done: (name) => `A new invitation email is on its way to ${name}.`,
  },
};

/** Teams for a contributor, settings for setting staff, each linking to its page. */
function membershipRows(user: UserSummary): SummaryListRow[] {
  if (user.role === "contributor") {
    return [
      {
        key: "Teams",
        value:
          user.teams.length === 0 ? (
            "Not in a team yet. Add them from a team's page."
          ) : (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {user.teams.map((team) => (
                <li key={team.team_id}>
                  <Link className="govuk-link" to={`/admin/teams/${team.team_id}`}>
                    {team.name}
                  </Link>
                  {team.manager ? " (manager)" : null}
                </li>
              ))}
            </ul>
          ),
      },
    ];
  }
  if (user.role === "setting") {
    return [
      {
        key: "Education setting",
        value:
          user.settings.length === 0 ? (
            "Not at a setting yet. Add them from the setting's page."
          ) : (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {user.settings.map((setting) => (
                <li key={setting.setting_id}>
                  <Link className="govuk-link" to={`/admin/settings/${setting.setting_id}`}>
                    {setting.name}
                  </Link>{" "}
                  ({setting.title})
                </li>
              ))}
            </ul>
          ),
      },
    ];
  }
  return [];
}

function isAction(value: string | null): value is Action {
  return value !== null && value in ACTIONS;
}

function actionsFor(user: UserSummary): Action[] {
  switch (user.status) {
    case "invited":
      return ["resend-invitation", "suspend"];
    case "active":
      return ["suspend", "reset-second-factor"];
    case "suspended":
      return ["reactivate"];
    default:
      return [];
  }
}

export function UserPage() {
  const { id = "" } = useParams();
  const user = useUser(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const confirming = params.get("confirm");
  const { errors, attempt, showProblem, clear } = useFormErrors();
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user.isPending) return <p className="govuk-body">Loading…</p>;
  if (user.isError) {
    const notFound = user.error instanceof ApiError && user.error.status === 404;
    return (
      <Page title={notFound ? "Person not found" : "Sorry, there is a problem with the service"}>
        <p className="govuk-body">
          {notFound
            ? "There is no account at this address. It may have been typed wrongly."
            : "Try again in a few minutes."}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/admin/users">
            Back to users
          </Link>
        </p>
      </Page>
    );
  }
  const person = user.data;
  const name = person.display_name;

  const run = async (action: Action) => {
    if (busy) return;
    setBusy(true);
    clear();
    setDone(null);
    try {
      const path = `/api/v1/users/{id}/${action}` as const;
      const { data, error, response } = await client.POST(path, { params: { path: { id } } });
      if (data) {
        queryClient.setQueryData(userQueryKey(id), data);
        void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
        setDone(ACTIONS[action].done(name));
        if (confirming) void navigate(`/admin/users/${id}`, { replace: true });
      } else {
        if (confirming) void navigate(`/admin/users/${id}`, { replace: true });
        showProblem(error, response.status);
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  if (
    isAction(confirming) &&
    ACTIONS[confirming].confirm &&
    actionsFor(person).includes(confirming)
  ) {
    const confirm = ACTIONS[confirming].confirm;
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Link className="govuk-back-link" to={`/admin/users/${id}`}>
            Back
          </Link>
          <Page title={confirm.title(name)}>
            <p className="govuk-body">{confirm.body}</p>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                data-module="govuk-button"
                disabled={busy}
                aria-disabled={busy}
                onClick={() => void run(confirming)}
              >
                {confirm.yes}
              </button>
              <Link className="govuk-link" to={`/admin/users/${id}`}>
                Cancel
              </Link>
            </div>
          </Page>
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/users">
          Back to users
        </Link>
        {done ? (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">{done}</p>
          </NotificationBanner>
        ) : null}
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={name}>
          <SummaryList
            rows={[
              { key: "Name", value: name },
              {
                key: "Email address",
                value: <span className="app-break-anywhere">{person.email}</span>,
              },
              { key: "Role", value: person.role_label },
              ...membershipRows(person),
              { key: "Status", value: <StatusTag status={person.status} /> },
              {
                key: "Last signed in",
                value: person.last_sign_in_at
                  ? formatTime(person.last_sign_in_at)
                  : "Never signed in",
              },
              { key: "Account created", value: formatTime(person.created_at) },
            ]}
          />
          <p className="govuk-body">
            A person&apos;s role never changes. If someone needs a different role, suspend this
            account and{" "}
            <Link className="govuk-link" to="/admin/users/invite">
              invite them again
            </Link>{" "}
            with the new role.
          </p>
          <div className="govuk-button-group">
            {actionsFor(person).map((action) =>
              ACTIONS[action].confirm ? (
                <Link
                  key={action}
                  className={`govuk-button ${action === "suspend" ? "govuk-button--warning" : "govuk-button--secondary"}`}
                  data-module="govuk-button"
                  role="button"
                  draggable={false}
                  to={`/admin/users/${id}?confirm=${action}`}
                  onClick={() => setDone(null)}
                >
                  {ACTIONS[action].button}
                </Link>
              ) : (
                <button
                  key={action}
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  disabled={busy}
                  aria-disabled={busy}
                  onClick={() => void run(action)}
                >
                  {ACTIONS[action].button}
                </button>
              ),
            )}
          </div>
        </Page>
      </div>
    </div>
  );
}
