// "Add a member" to a team: find a contributor, then add them. Whether they
// manage the team is set on the team's page afterwards.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import type { UserSummary } from "./labels";
import { LoadFailure, type Flash } from "./TeamsAndSettingsParts";
import { PersonSearch } from "./TeamsAndSettingsPeople";
import { teamKeys, useTeam, useTeamMembers } from "./TeamsData";

export function TeamAddMemberPage() {
  const { id = "" } = useParams();
  const team = useTeam(id);
  const members = useTeamMembers(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showProblem, clear } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const teamPage = `/admin/teams/${id}`;

  if (team.isPending) return <p className="govuk-body">Loading…</p>;
  if (team.isError) {
    return (
      <LoadFailure error={team.error} what="Team" backTo="/admin/teams" backText="Back to teams" />
    );
  }
  const name = team.data.name;
  const memberIds = new Set((members.data ?? []).map((m) => m.user_id));

  const add = async (person: UserSummary) => {
    if (busy) return;
    setBusy(true);
    clear();
    try {
      const { data, error, response } = await client.PUT("/api/v1/teams/{id}/members/{user_id}", {
        params: { path: { id, user_id: person.id } },
        body: { manager: false },
      });
      if (data) {
        void queryClient.invalidateQueries({ queryKey: teamKeys.members(id) });
        void queryClient.invalidateQueries({ queryKey: ["users"] });
        const state: Flash = { flash: `${person.display_name} has been added to ${name}.` };
        void navigate(teamPage, { state });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={teamPage}>
          Back to {name}
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={`Add a member to ${name}`}>
          <PersonSearch
            accountRole="contributor"
            roleLabel="contributors"
            clearTo={`${teamPage}/add-member`}
            action={(person) =>
              memberIds.has(person.id) ? (
                <span className="govuk-body-s">Already a member</span>
              ) : (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                  disabled={busy}
                  aria-disabled={busy}
                  onClick={() => void add(person)}
                >
                  Add<span className="govuk-visually-hidden">{` ${person.display_name}`}</span>
                </button>
              )
            }
          />
        </Page>
      </div>
    </div>
  );
}
