// One education setting: what it is, and its staff with their job titles.
// Adding someone is its own page (a search, then their title); removing
// someone asks "are you sure?" first (?remove=<user id>).
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { SummaryList } from "../../govuk/SummaryList";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { phaseLabel } from "./labels";
import { settingKeys, useSetting, useSettingStaff } from "./SettingsData";
import {
  ConfirmStep,
  LoadFailure,
  SuccessBanner,
  useFlash,
  type Flash,
} from "./TeamsAndSettingsParts";

export function SettingPage() {
  const { id = "" } = useParams();
  const setting = useSetting(id);
  const staff = useSettingStaff(id);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const flash = useFlash();
  const { errors, attempt, showProblem, clear } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const here = `/admin/settings/${id}`;

  if (setting.isPending) return <p className="govuk-body">Loading…</p>;
  if (setting.isError) {
    return (
      <LoadFailure
        error={setting.error}
        what="Education setting"
        backTo="/admin/settings"
        backText="Back to education settings"
      />
    );
  }
  const name = setting.data.name;

  const removing = params.get("remove");
  const leaving = staff.data?.find((m) => m.user_id === removing);
  if (removing && leaving) {
    const remove = async () => {
      if (busy) return;
      setBusy(true);
      clear();
      try {
        const { error, response } = await client.DELETE(
          "/api/v1/education-settings/{id}/members/{user_id}",
          { params: { path: { id, user_id: leaving.user_id } } },
        );
        void queryClient.invalidateQueries({ queryKey: settingKeys.staff(id) });
        void queryClient.invalidateQueries({ queryKey: ["users"] });
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
          They will no longer see the cases shared with {name}. Their account stays, and you can add
          them again later.
        </p>
      </ConfirmStep>
    );
  }

  const list = staff.data ?? [];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link className="govuk-back-link" to="/admin/settings">
          Back to education settings
        </Link>
        <SuccessBanner message={flash} />
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={name} caption="Education setting">
          <SummaryList
            rows={[
              { key: "URN", value: setting.data.urn },
              { key: "Phase", value: phaseLabel(setting.data.phase) },
            ]}
          />
          <h2 className="govuk-heading-m">Staff</h2>
          <p className="govuk-body">
            Staff see the cases the local authority shares with this setting.
          </p>
          <Link
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            role="button"
            draggable={false}
            to={`${here}/add-staff`}
          >
            Add a member of staff
          </Link>
          {staff.isPending ? <p className="govuk-body">Loading staff…</p> : null}
          {staff.isError ? (
            <p className="govuk-body">
              We could not get the setting&apos;s staff. Try again in a few minutes.
            </p>
          ) : null}
          {staff.isSuccess && list.length === 0 ? (
            <p className="govuk-body">No staff have been added yet.</p>
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
                    {member.title}
                    <br />
                    <span className="app-break-anywhere">{member.email}</span>
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <Link
                      className="govuk-link"
                      to={`${here}?remove=${encodeURIComponent(member.user_id)}`}
                    >
                      Remove
                      <span className="govuk-visually-hidden">{` ${member.display_name}`}</span>
                    </Link>
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
