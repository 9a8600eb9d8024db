import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { createMemoryRouter, type RouteObject } from "react-router";
import { createApiClient } from "../src/api/client";
import { App } from "../src/app/App";
import { routes } from "../src/app/routes";
import { fakeFetch, type Handler } from "./fakeServer";

/** Renders the whole app at `path`, with the server replaced by `handlers`. */
export function renderApp(
  path: string,
  handlers: Record<string, Handler>,
  appRoutes: RouteObject[] = routes,
) {
  const server = fakeFetch(handlers);
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const apiClient = createApiClient({ baseUrl: "http://ehc-hub.test", fetch: server.fetch });
  const view = render(<App router={router} apiClient={apiClient} queryClient={queryClient} />);
  return { ...view, router, requests: server.requests };
}
