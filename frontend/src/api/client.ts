// The one way the SPA talks to the server: a typed client generated from the
// committed OpenAPI contract. Pages get it from context (useApiClient) so tests
// can hand in a client whose `fetch` is a stub, mocking only the network.
import createClient, { type Client } from "openapi-fetch";
import { createContext, useContext } from "react";
import type { paths } from "./schema";

export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  /** Absolute origin of the server; defaults to the page's own origin. */
  baseUrl?: string;
  /** Replaces the global fetch (tests pass a stub here). */
  fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl ?? globalThis.location.origin,
    // Same origin: the session cookie goes with every request; no token is
    // ever held in JavaScript or in web storage.
    credentials: "same-origin",
    headers: { Accept: "application/json, application/problem+json" },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) {
    throw new Error("useApiClient must be used inside <ApiClientContext.Provider>");
  }
  return client;
}
