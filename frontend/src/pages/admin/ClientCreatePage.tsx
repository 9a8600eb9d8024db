// "Create an integration client": a name and what it may read. The answer
// carries the client's secret, which is shown here once: it lives only in this
// page's state (never in the query cache or the address), so it is gone as
// soon as the administrator leaves the page.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { SummaryList } from "../../govuk/SummaryList";
import { TextInput } from "../../govuk/TextInput";
import {
  fieldValue,
  FormErrorSummary,
  useFormErrors,
  type FieldMessage,
} from "../sign-in/formErrors";
import { CLIENTS_KEY, type ClientSummary } from "./ClientsData";
import { SCOPES, scopeLabel } from "./labels";

// The scope checkboxes' first input has the id "scopes".
const FIELD_IDS = { name: "name", scopes: "scopes" };

interface Created {
  client: ClientSummary;
  secret: string;
}

function CopyButton({ text, what }: { text: string; what: string }) {
  const [copied, setCopied] = useState(false);
  if (!navigator.clipboard) return null;
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        data-module="govuk-button"
        onClick={() => {
          void navigator.clipboard.writeText(text).then(() => setCopied(true));
        }}
      >
        Copy {what}
      </button>
      <span className="govuk-body-s govuk-!-margin-left-2" aria-live="polite">
        {copied ? `The ${what} has been copied` : ""}
      </span>
    </>
  );
}

function SecretOnce({ created }: { created: Created }) {
  const { client, secret } = created;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Page title={`${client.name} has been created`}>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Copy the secret now. It will not be shown again: only a scrambled form of it is kept.
              If it is lost, revoke this client and create a new one.
            </strong>
          </div>
          <SummaryList
            rows={[
              {
                key: "Client ID",
                value: (
                  <>
                    <code className="app-code app-break-anywhere" data-testid="client-id">
                      {client.id}
                    </code>
                    <p className="govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      <CopyButton text={client.id} what="client ID" />
                    </p>
                  </>
                ),
              },
              {
                key: "Client secret",
                value: (
                  <>
                    <code className="app-code app-break-anywhere" data-testid="client-secret">
                      {secret}
                    </code>
                    <p className="govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      <CopyButton text={secret} what="secret" />
                    </p>
                  </>
                ),
              },
              {
                key: "Scopes",
                value: client.scopes.map(scopeLabel).join(", "),
              },
            ]}
          />
          <h2 className="govuk-heading-m">What happens next</h2>
          <p className="govuk-body">
            Give the client ID and secret to the people who run the other system, by a secure route.
            The system trades them for a token that lasts five minutes, at{" "}
            <code className="app-code">/api/v1/auth/token</code>.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/integration-clients">
              I have copied the secret: back to integration clients
            </Link>
          </p>
        </Page>
      </div>
    </div>
  );
}

export function ClientCreatePage() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const { errors, attempt, showFields, showProblem } = useFormErrors(FIELD_IDS);
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const name = fieldValue(form, "name").trim();
    const scopes = new FormData(form).getAll("scopes").filter((s) => typeof s === "string");
    const missing: FieldMessage[] = [];
    if (!name) missing.push({ field: "name", message: "Enter a name for the client" });
    if (scopes.length === 0) {
      missing.push({ field: "scopes", message: "Select what the client may read" });
    }
    if (missing.length > 0) return showFields(missing);
    setBusy(true);
    try {
      const { data, error, response } = await api.POST("/api/v1/api-clients", {
        body: { name, scopes },
      });
      if (data) {
        void queryClient.invalidateQueries({ queryKey: CLIENTS_KEY });
        setCreated({ client: data.client, secret: data.client_secret });
      } else showProblem(error, response.status);
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  if (created) return <SecretOnce created={created} />;

  const title = "Create an integration client";
  const scopesError = errors?.byField.scopes;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/integration-clients">
          Back to integration clients
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={errors ? `Error: ${title}` : title} heading={title}>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="name"
              name="name"
              label="Name"
              hint="The system that will use it, for example Case management system"
              autoComplete="off"
              error={errors?.byField.name}
            />
            <div className={`govuk-form-group${scopesError ? " govuk-form-group--error" : ""}`}>
              <fieldset
                className="govuk-fieldset"
                aria-describedby={`scopes-hint${scopesError ? " scopes-error" : ""}`}
              >
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                  What may it read?
                </legend>
                <div id="scopes-hint" className="govuk-hint">
                  Select all that apply. Give it only what it needs.
                </div>
                {scopesError ? <ErrorMessage id="scopes-error">{scopesError}</ErrorMessage> : null}
                <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                  {SCOPES.map((scope, index) => {
                    const id = index === 0 ? "scopes" : `scopes-${index + 1}`;
                    return (
                      <div className="govuk-checkboxes__item" key={scope.value}>
                        <input
                          className="govuk-checkboxes__input"
                          id={id}
                          name="scopes"
                          type="checkbox"
                          value={scope.value}
                          aria-describedby={`${id}-item-hint`}
                        />
                        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                          {scope.label}
                        </label>
                        <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                          {scope.hint}
                        </div>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            </div>
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Create client
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}
