// "Invite someone": name, email and role; the server emails the invitation.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { Radios } from "../../govuk/Radios";
import { TextInput } from "../../govuk/TextInput";
import {
  fieldValue,
  FormErrorSummary,
  useFormErrors,
  type FieldMessage,
} from "../sign-in/formErrors";
import { ROLES, type RoleName, type UserSummary } from "./labels";

// The role radios' first input has the id "role".
const FIELD_IDS = { display_name: "display_name", email: "email", role: "role" };

export function InvitePage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [invited, setInvited] = useState<UserSummary | null>(null);
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
    if (missing.length > 0) return showFields(missing);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/users", {
        body: { display_name, email, role: role as RoleName },
      });
      if (data) {
        void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
        setInvited(data);
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  if (invited) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Page title={`${invited.display_name} has been invited`}>
            <p className="govuk-body">Their role is: {invited.role_label}.</p>
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
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
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
