// Around every page of one request for advice (/advice-requests/:id/...): reads
// the request and, when the person may read it, the answer; then holds the
// advice being written for all the template's pages, so moving between them
// keeps (and saves) everything typed.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { Link, Outlet, useParams } from "react-router";
import { ApiError } from "../../api/problem";
import { Page } from "../../app/Page";
import { AdviceDraftProvider } from "./AdviceDraft";
import { adviceKeys, useAdviceRequest, useAdviceResponse } from "./data";

export function AdviceRequestLayout() {
  const { id = "" } = useParams();
  const request = useAdviceRequest(id);
  const mayRead = request.data?.you_may.read_response ?? false;
  const response = useAdviceResponse(id, mayRead);
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(() => {
    void (async () => {
      await Promise.all([
        queryClient.refetchQueries({ queryKey: adviceKeys.request(id) }),
        queryClient.refetchQueries({ queryKey: adviceKeys.response(id) }),
      ]);
      setGeneration((n) => n + 1);
    })();
  }, [id, queryClient]);

  if (request.isError) return <RequestFailure error={request.error} />;
  if (request.isPending || (mayRead && response.isPending)) {
    return <p className="govuk-body">Loading…</p>;
  }
  if (mayRead && response.isError) return <RequestFailure error={response.error} />;
  return (
    <AdviceDraftProvider
      key={`${id}:${generation}`}
      request={request.data}
      initial={mayRead ? (response.data ?? null) : null}
      onReload={reload}
    >
      <Outlet />
    </AdviceDraftProvider>
  );
}

function RequestFailure({ error }: { error: unknown }) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <Page
      title={
        notFound ? "Request for advice not found" : "Sorry, there is a problem with the service"
      }
    >
      <p className="govuk-body">
        {notFound
          ? "There is no request for advice at this address that you can see. It may have been withdrawn, or the address may have been typed wrongly."
          : "Try again in a few minutes. Nothing you had saved has been lost."}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/advice-requests">
          Go to your requests for advice
        </Link>
      </p>
    </Page>
  );
}
