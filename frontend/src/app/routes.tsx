// Each page is its own chunk, loaded when the user first goes to it.
import type { RouteObject } from "react-router";
import { RequireSignIn } from "../auth/RequireSignIn";
import { Layout } from "./Layout";
import { RouteError } from "./RouteError";

const signIn = () => import("../pages/sign-in");
const accountAccess = () => import("../pages/account-access");
const admin = () => import("../pages/admin");
const account = () => import("../pages/account");

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
        path: "sign-in",
        children: [
          { index: true, lazy: async () => ({ Component: (await signIn()).SignInPage }) },
          { path: "code", lazy: async () => ({ Component: (await signIn()).EnterCodePage }) },
          {
            path: "recovery-code",
            lazy: async () => ({ Component: (await signIn()).RecoveryCodePage }),
          },
          { path: "set-up", lazy: async () => ({ Component: (await signIn()).SetUpPage }) },
          { path: "set-up/app", lazy: async () => ({ Component: (await signIn()).AppSetUpPage }) },
          {
            path: "set-up/text-message",
            lazy: async () => ({ Component: (await signIn()).TextSetUpPage }),
          },
          {
            path: "set-up/text-message/code",
            lazy: async () => ({ Component: (await signIn()).TextSetUpCodePage }),
          },
          {
            path: "recovery-codes",
            lazy: async () => ({ Component: (await signIn()).RecoveryCodesPage }),
          },
        ],
      },
      {
        path: "forgot-password",
        lazy: async () => ({ Component: (await accountAccess()).ForgotPasswordPage }),
      },
      {
        path: "reset-password",
        lazy: async () => ({ Component: (await accountAccess()).ResetPasswordPage }),
      },
      {
        path: "invitation",
        lazy: async () => ({ Component: (await accountAccess()).InvitationPage }),
      },
      {
        path: "signed-out",
        lazy: async () => ({ Component: (await signIn()).SignedOutPage }),
      },
      {
        path: "timed-out",
        lazy: async () => ({ Component: (await signIn()).TimedOutPage }),
      },
      {
        // Pages that need someone signed in.
        element: <RequireSignIn />,
        children: [
          { path: "account", lazy: async () => ({ Component: (await account()).AccountPage }) },
          {
            path: "account/password",
            lazy: async () => ({ Component: (await account()).ChangePasswordPage }),
          },
          {
            path: "account/second-factor",
            lazy: async () => ({ Component: (await account()).ChangeSecondFactorPage }),
          },
          {
            // Administrators only; anyone else is told they do not have access.
            path: "admin",
            lazy: async () => ({ Component: (await admin()).RequireAdministrator }),
            children: [
              { path: "users", lazy: async () => ({ Component: (await admin()).UsersPage }) },
              {
                path: "users/invite",
                lazy: async () => ({ Component: (await admin()).InvitePage }),
              },
              { path: "users/:id", lazy: async () => ({ Component: (await admin()).UserPage }) },
              { path: "mailbox", lazy: async () => ({ Component: (await admin()).MailboxPage }) },
            ],
          },
        ],
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
