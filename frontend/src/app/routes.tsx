// Each page is its own chunk, loaded when the user first goes to it.
import type { RouteObject } from "react-router";
import { Layout } from "./Layout";
import { RouteError } from "./RouteError";

export const routes: RouteObject[] = [
  {
    path: "/",
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown for the moment the first page's chunk is loading: nothing, rather
    // than a flash of a half-built page.
    HydrateFallback: () => null,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import("../pages/home/HomePage")).HomePage }),
      },
      {
        path: "accessibility",
        lazy: async () => ({
          Component: (await import("../pages/accessibility/AccessibilityStatementPage"))
            .AccessibilityStatementPage,
        }),
      },
      {
        path: "*",
        lazy: async () => ({
          Component: (await import("../pages/not-found/NotFoundPage")).NotFoundPage,
        }),
      },
    ],
  },
];
