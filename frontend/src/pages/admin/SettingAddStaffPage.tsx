// "Add a member of staff" to a setting: find someone with an education setting
// account, choose them (?user=<id>), then give their job title there.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { settingKeys, useSetting, useSettingStaff } from "./SettingsData";
import { StaffTitleRadios, titleFrom } from "./SettingStaffTitle";
import { LoadFailure, type Flash } from "./TeamsAndSettingsParts";
import { PersonSearch } from "./TeamsAndSettingsPeople";
import { useUser } from "./useUsers";

export function SettingAddStaffPage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const setting = useSetting(id);
  const staff = useSettingStaff(id);
  const chosen = params.get("user");
  const here = `/admin/settings/${id}/add-staff`;

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
  if (chosen) {
    const back = params.get("q") ? `${here}?q=${encodeURIComponent(params.get("q") ?? "")}` : here;
    return <TitleStep settingId={id} settingName={name} userId={chosen} back={back} />;
  }
  const onStaff = new Set((staff.data ?? []).map((m) => m.user_id));
  const choose = (userId: string) => {
    const next = new URLSearchParams(params);
    next.set("user", userId);
    return `?${next.toString()}`;
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/admin/settings/${id}`}>
          Back to {name}
        </Link>
        <Page title={`Add a member of staff to ${name}`}>
          <PersonSearch
            accountRole="setting"
            roleLabel="education setting staff"
            clearTo={here}
            action={(person) =>
              onStaff.has(person.id) ? (
                <span className="govuk-body-s">Already on the staff</span>
              ) : (
                <Link className="govuk-link" to={choose(person.id)}>
                  Choose<span className="govuk-visually-hidden">{` ${person.display_name}`}</span>
                </Link>
              )
            }
          />
        </Page>
      </div>
    </div>
  );
}

function TitleStep({
  settingId,
  settingName,
  userId,
  back,
}: {
  settingId: string;
  settingName: string;
  userId: string;
  back: string;
}) {
  const person = useUser(userId);
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { errors, attempt, showFields, showProblem } = useFormErrors({ title: "title" });
  const [busy, setBusy] = useState(false);

  if (person.isPending) return <p className="govuk-body">Loading…</p>;
  if (person.isError) {
    return <LoadFailure error={person.error} what="Person" backTo={back} backText="Back" />;
  }
  const who = person.data.display_name;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const title = titleFrom(event.currentTarget, "title");
    if (!title) return showFields([{ field: "title", message: "Select or enter their job title" }]);
    setBusy(true);
    try {
      const { data, error, response } = await client.PUT(
        "/api/v1/education-settings/{id}/members/{user_id}",
        { params: { path: { id: settingId, user_id: userId } }, body: { title } },
      );
      if (data) {
        void queryClient.invalidateQueries({ queryKey: settingKeys.staff(settingId) });
        void queryClient.invalidateQueries({ queryKey: ["users"] });
        const state: Flash = {
          flash: `${who} has been added to ${settingName} as ${data.title}.`,
        };
        void navigate(`/admin/settings/${settingId}`, { state });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const title = `What is ${who}'s job title at ${settingName}?`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <StaffTitleRadios name="title" legend="Job title" error={errors?.byField.title} />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Add to staff
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
