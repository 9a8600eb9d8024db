// One team: what it is, and its members with their manager flags. Adding a
// member is its own page (a search); making or unmaking a manager happens
// here; removing someone asks "are you sure?" first (?remove=<user id>).
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { SummaryList } from "../../govuk/SummaryList";
import { Tag } from "../../govuk/Tag";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { serviceLabel } from "./labels";
import {
  ConfirmStep,
  LoadFailure,
  SuccessBanner,
  useFlash,
  type Flash,
} from "./TeamsAndSettingsParts";
import { teamKeys, useTeam, useTeamMembers, type TeamMember } from "./TeamsData";

export function TeamPage() {
  const { id = "" } = useParams();
  const team = useTeam(id);
  const members = useTeamMembers(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const flash = useFlash();
  const { errors, attempt, showProblem, clear } = useFormErrors();
  const [banner, setBanner] = useState<{ message: string; id: number } | null>(null);
  const [busy, setBusy] = useState(false);
  // Each banner gets a new key, so a second change is announced like the first.
  const banners = useRef(0);
  const here = `/admin/teams/${id}`;

  if (team.isPending) return <p className="govuk-body">Loading…</p>;
  if (team.isError) {
    return (
      <LoadFailure error={team.error} what="Team" backTo="/admin/teams" backText="Back to teams" />
    );
  }
  const name = team.data.name;

  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: teamKeys.members(id) });
    void queryClient.invalidateQueries({ queryKey: ["users"] });
  };

  const setManager = async (member: TeamMember, manager: boolean) => {
    if (busy) return;
    setBusy(true);
    clear();
    setBanner(null);
    try {
      const { data, error, response } = await client.PUT("/api/v1/teams/{id}/members/{user_id}", {
        params: { path: { id, user_id: member.user_id } },
        body: { manager },
      });
      if (data) {
        changed();
        banners.current += 1;
        setBanner({
          id: banners.current,
          message: manager
            ? `${member.display_name} is now a manager of ${name}.`
            : `${member.display_name} is no longer a manager of ${name}.`,
        });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const removing = params.get("remove");
  const leaving = members.data?.find((m) => m.user_id === removing);
  if (removing && leaving) {
    const remove = async () => {
      if (busy) return;
      setBusy(true);
      clear();
      try {
        const { error, response } = await client.DELETE("/api/v1/teams/{id}/members/{user_id}", {
          params: { path: { id, user_id: leaving.user_id } },
        });
        changed();
        if (response.ok) {
          const state: Flash = { flash: `${leaving.display_name} has been removed from ${name}.` };
          void navigate(here, { replace: true, state });
        } else {
          void navigate(here, { replace: true });
          showProblem(error, response.status);
        }
      } catch (error) {
        showProblem(error, undefined);
      } finally {
        setBusy(false);
      }
    };
    return (
      <ConfirmStep
        title={`Are you sure you want to remove ${leaving.display_name} from ${name}?`}
        yes="Yes, remove them"
        busy={busy}
        onYes={() => void remove()}
        cancelTo={here}
      >
        <p className="govuk-body">
          They will no longer see the team&apos;s requests for advice. Their account stays, and you
          can add them again later.
        </p>
      </ConfirmStep>
    );
  }

  const list = members.data ?? [];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link className="govuk-back-link" to="/admin/teams">
          Back to teams
        </Link>
        <SuccessBanner message={banner ? banner.message : flash} id={banner?.id} />
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={name} caption="Team">
          <SummaryList
            rows={[
              { key: "Service", value: serviceLabel(team.data.service) },
              {
                key: "Team email",
                value: <span className="app-break-anywhere">{team.data.email}</span>,
              },
            ]}
          />
          <h2 className="govuk-heading-m">Members</h2>
          <p className="govuk-body">
            Managers see the team&apos;s requests for advice and allocate them to members.
          </p>
          <Link
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            role="button"
            draggable={false}
            to={`${here}/add-member`}
          >
            Add a member
          </Link>
          {members.isPending ? <p className="govuk-body">Loading members…</p> : null}
          {members.isError ? (
            <p className="govuk-body">
              We could not get the team&apos;s members. Try again in a few minutes.
            </p>
          ) : null}
          {members.isSuccess && list.length === 0 ? (
            <p className="govuk-body">This team has no members yet.</p>
          ) : null}
          {list.length > 0 ? (
            <dl className="govuk-summary-list">
              {list.map((member) => (
                <div className="govuk-summary-list__row" key={member.user_id}>
                  <dt className="govuk-summary-list__key">
                    <Link className="govuk-link" to={`/admin/users/${member.user_id}`}>
                      {member.display_name}
                    </Link>
                  </dt>
                  <dd className="govuk-summary-list__value">
                    <span className="app-break-anywhere">{member.email}</span>
                    {member.manager ? (
                      <>
                        {" "}
                        <Tag colour="blue">Manager</Tag>
                      </>
                    ) : null}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <ul className="govuk-summary-list__actions-list">
                      <li className="govuk-summary-list__actions-list-item">
                        <button
                          type="button"
                          className="app-link-button"
                          disabled={busy}
                          onClick={() => void setManager(member, !member.manager)}
                        >
                          {member.manager ? "Remove as manager" : "Make manager"}
                          <span className="govuk-visually-hidden">{` for ${member.display_name}`}</span>
                        </button>
                      </li>
                      <li className="govuk-summary-list__actions-list-item">
                        <Link
                          className="govuk-link"
                          to={`${here}?remove=${encodeURIComponent(member.user_id)}`}
                          onClick={() => setBanner(null)}
                        >
                          Remove
                          <span className="govuk-visually-hidden">{` ${member.display_name}`}</span>
                        </Link>
                      </li>
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </Page>
      </div>
    </div>
  );
}
