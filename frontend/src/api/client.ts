// The one way the SPA talks to the server: a typed client generated from the
// committed OpenAPI contract. Pages get it from context (useApiClient) so tests
// can hand in a client whose `fetch` is a stub, mocking only the network.
import createClient, { type Client } from "openapi-fetch";
import { createContext, useContext } from "react";
import type { paths } from "./schema";
import { noteServerDate } from "./serverClock";

/**
 * The anti-CSRF header the server demands on POST, PUT, PATCH and DELETE from a
 * browser (a page on another site cannot add it without a CORS preflight, which
 * the server never grants). Sent on every request: it costs nothing.
 */
export const CSRF_HEADER = "X-EHC-CSRF";

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Absolute origin of the server; defaults to the page's own origin. */
  baseUrl?: string;
  /** Replaces the global fetch (tests pass a stub here). */
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? globalThis.location.origin,
    // Same origin: the session cookie goes with every request; no token is
    // ever held in JavaScript or in web storage.
    credentials: "same-origin",
    headers: { Accept: "application/json, application/problem+json", [CSRF_HEADER]: "1" },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // The server's clock, from each response's Date header, so that the time-out
  // warning is right even when this device's clock is not.
  client.use({
    onResponse({ response }) {
      noteServerDate(response.headers.get("Date"));
      return undefined;
    },
  });
  return client;
}

export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) {
    throw new Error("useApiClient must be used inside <ApiClientContext.Provider>");
  }
  return client;
}
