// "Integration clients": the other systems that use the API, what each may
// read, and whether it still may. Revoking asks "are you sure?" first
// (?revoke=<client id>, so "Back" leaves it).
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { formatTime } from "../../app/format";
import { Page } from "../../app/Page";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { Tag } from "../../govuk/Tag";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { CLIENTS_KEY, useClients, type ClientSummary } from "./ClientsData";
import { scopeLabel } from "./labels";
import { ConfirmStep, SuccessBanner, useFlash, type Flash } from "./TeamsAndSettingsParts";

const HERE = "/admin/integration-clients";

function ClientStatus({ client }: { client: ClientSummary }) {
  return client.revoked_at ? <Tag colour="red">Revoked</Tag> : <Tag colour="green">Active</Tag>;
}

function Scopes({ scopes }: { scopes: string[] }) {
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {scopes.map((scope) => (
        <li key={scope}>{scopeLabel(scope)}</li>
      ))}
    </ul>
  );
}

function lastUsed(client: ClientSummary): string {
  return client.last_used_at ? formatTime(client.last_used_at) : "Never used";
}

function RevokeLink({ client }: { client: ClientSummary }) {
  if (client.revoked_at) return null;
  return (
    <Link className="govuk-link" to={`${HERE}?revoke=${encodeURIComponent(client.id)}`}>
      Revoke<span className="govuk-visually-hidden">{` ${client.name}`}</span>
    </Link>
  );
}

export function ClientsPage() {
  const clients = useClients();
  const api = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const flash = useFlash();
  const { errors, attempt, showProblem, clear } = useFormErrors();
  const [busy, setBusy] = useState(false);

  const revoking = clients.data?.find((c) => c.id === params.get("revoke") && !c.revoked_at);
  if (revoking) {
    const revoke = async () => {
      if (busy) return;
      setBusy(true);
      clear();
      try {
        const { data, error, response } = await api.POST("/api/v1/api-clients/{id}/revoke", {
          params: { path: { id: revoking.id } },
        });
        void queryClient.invalidateQueries({ queryKey: CLIENTS_KEY });
        if (data) {
          const state: Flash = {
            flash: `${revoking.name} has been revoked. Its tokens are refused from now on.`,
          };
          void navigate(HERE, { replace: true, state });
        } else {
          void navigate(HERE, { replace: true });
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
        title={`Are you sure you want to revoke ${revoking.name}?`}
        yes="Yes, revoke it"
        busy={busy}
        onYes={() => void revoke()}
        cancelTo={HERE}
      >
        <p className="govuk-body">
          The system using it will be refused from its next request, and it cannot get new tokens.
          This cannot be undone: to connect the system again, create a new client and give it the
          new secret.
        </p>
      </ConfirmStep>
    );
  }

  const items = clients.data ?? [];
  return (
    <>
      <SuccessBanner message={flash} />
      <FormErrorSummary errors={errors} attempt={attempt} />
      <Page title="Integration clients">
        <p className="govuk-body">
          Other systems of the local authority, such as a case management system, use the
          service&apos;s API with a client id and secret. Each client can read only what its scopes
          allow.
        </p>
        <p className="govuk-body">
          <Link
            className="govuk-button"
            data-module="govuk-button"
            role="button"
            to={`${HERE}/new`}
          >
            Create an integration client
          </Link>
        </p>
        {clients.isError ? (
          <ErrorSummary
            errors={[]}
            description="We could not get the list of integration clients. Try again in a few minutes."
          />
        ) : null}
        {clients.isPending ? <p className="govuk-body">Loading…</p> : null}
        {clients.isSuccess && items.length === 0 ? (
          <p className="govuk-body">There are no integration clients yet.</p>
        ) : null}
        {items.length > 0 ? (
          <>
            <table className="govuk-table app-people-table">
              <caption className="govuk-table__caption govuk-table__caption--m">
                Clients, newest first
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Name
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Scopes
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Status
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Created
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Last used
                  </th>
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {items.map((client) => (
                  <tr className="govuk-table__row" key={client.id}>
                    <td className="govuk-table__cell">
                      {client.name}
                      <br />
                      <span className="govuk-body-s app-break-anywhere">{client.id}</span>
                    </td>
                    <td className="govuk-table__cell">
                      <Scopes scopes={client.scopes} />
                    </td>
                    <td className="govuk-table__cell">
                      <ClientStatus client={client} />
                    </td>
                    <td className="govuk-table__cell">{formatTime(client.created_at)}</td>
                    <td className="govuk-table__cell">{lastUsed(client)}</td>
                    <td className="govuk-table__cell">
                      <RevokeLink client={client} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="govuk-list app-people-cards">
              {items.map((client) => (
                <li className="app-person-card" key={client.id}>
                  <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                    {client.name} <ClientStatus client={client} />
                  </h2>
                  <p className="govuk-body-s govuk-!-margin-bottom-1 app-break-anywhere">
                    {client.id}
                  </p>
                  <Scopes scopes={client.scopes} />
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    Created {formatTime(client.created_at)}.{" "}
                    {client.last_used_at
                      ? `Last used ${formatTime(client.last_used_at)}.`
                      : "Never used."}
                  </p>
                  <RevokeLink client={client} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Page>
    </>
  );
}
