// Each page is its own chunk, loaded when the user first goes to it.
import type { RouteObject } from "react-router";
import { RequireSignIn } from "../auth/RequireSignIn";
import { Layout } from "./Layout";
import { RouteError } from "./RouteError";

const signIn = () => import("../pages/sign-in");
const accountAccess = () => import("../pages/account-access");
const admin = () => import("../pages/admin");
const account = () => import("../pages/account");
const notifications = () => import("../pages/notifications");
const advice = () => import("../pages/advice");
const requests = () => import("../pages/requests");
const cases = () => import("../pages/cases");
const views = () => import("../pages/views");
const plan = () => import("../pages/plan");

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
        // Families ask for an assessment without an account.
        path: "ask-for-an-assessment",
        lazy: async () => ({
          Component: (await import("../pages/public-request")).PublicRequestPage,
        }),
      },
      {
        // Pages that need someone signed in.
        element: <RequireSignIn />,
        children: [
          { path: "requests", lazy: async () => ({ Component: (await requests()).RequestsPage }) },
          {
            path: "requests/record",
            lazy: async () => ({ Component: (await requests()).RecordRequestPage }),
          },
          {
            path: "requests/new",
            lazy: async () => ({ Component: (await requests()).StartRequestPage }),
          },
          {
            path: "requests/:id",
            lazy: async () => ({ Component: (await requests()).RequestPage }),
          },
          {
            path: "requests/:id/check",
            lazy: async () => ({ Component: (await requests()).CheckAnswersPage }),
          },
          {
            path: "requests/:id/sent",
            lazy: async () => ({ Component: (await requests()).SentPage }),
          },
          {
            path: "requests/:id/co-author",
            lazy: async () => ({ Component: (await requests()).CoAuthorPage }),
          },
          {
            path: "requests/:id/delete",
            lazy: async () => ({ Component: (await requests()).DeleteDraftPage }),
          },
          {
            path: "requests/:id/setting",
            lazy: async () => ({ Component: (await requests()).DraftSettingPage }),
          },
          {
            path: "requests/:id/co-authors/:personId/remove",
            lazy: async () => ({ Component: (await requests()).RemoveCoAuthorPage }),
          },
          {
            path: "requests/:id/documents",
            lazy: async () => ({ Component: (await requests()).RequestDocumentsPage }),
          },
          {
            path: "requests/:id/register",
            lazy: async () => ({ Component: (await requests()).RegisterPage }),
          },
          {
            path: "requests/:id/:section",
            lazy: async () => ({ Component: (await requests()).SectionPage }),
          },
          { path: "cases", lazy: async () => ({ Component: (await cases()).CasesPage }) },
          { path: "cases/:id", lazy: async () => ({ Component: (await cases()).CasePage }) },
          {
            path: "cases/:id/child",
            lazy: async () => ({ Component: (await cases()).ChildPage }),
          },
          {
            path: "cases/:id/coordinator",
            lazy: async () => ({ Component: (await cases()).CoordinatorPage }),
          },
          {
            path: "cases/:id/decision",
            lazy: async () => ({ Component: (await cases()).DecisionPage }),
          },
          {
            path: "cases/:id/flags",
            lazy: async () => ({ Component: (await cases()).FlagsPage }),
          },
          {
            path: "cases/:id/close",
            lazy: async () => ({ Component: (await cases()).ClosePage }),
          },
          {
            path: "cases/:id/reopen",
            lazy: async () => ({ Component: (await cases()).ReopenPage }),
          },
          {
            path: "cases/:id/views",
            lazy: async () => ({ Component: (await views()).ViewsPage }),
          },
          {
            path: "cases/:id/views/:kind/edit",
            lazy: async () => ({ Component: (await views()).EditViewsPage }),
          },
          {
            path: "cases/:id/documents/new",
            lazy: async () => ({ Component: (await views()).UploadPage }),
          },
          {
            path: "cases/:id/access/new",
            lazy: async () => ({ Component: (await cases()).GrantAccessPage }),
          },
          {
            path: "cases/:id/access/:kind/:partyId/remove",
            lazy: async () => ({ Component: (await cases()).RevokeAccessPage }),
          },
          { path: "cases/:id/plan", lazy: async () => ({ Component: (await plan()).PlanPage }) },
          {
            path: "cases/:id/plan/edit",
            lazy: async () => ({ Component: (await plan()).EditPlanPage }),
          },
          {
            path: "cases/:id/plan/share",
            lazy: async () => ({ Component: (await plan()).SharePlanPage }),
          },
          {
            path: "cases/:id/plan/consult",
            lazy: async () => ({ Component: (await plan()).ConsultPlanPage }),
          },
          {
            path: "cases/:id/plan/issue",
            lazy: async () => ({ Component: (await plan()).IssuePlanPage }),
          },
          {
            path: "cases/:id/plan/comment",
            lazy: async () => ({ Component: (await plan()).CommentPage }),
          },
          {
            path: "cases/:id/plan/compare",
            lazy: async () => ({ Component: (await plan()).ComparePage }),
          },
          {
            path: "cases/:id/plan/versions/:n",
            lazy: async () => ({ Component: (await plan()).VersionPage }),
          },
          {
            path: "plan-consultations/:id/answer",
            lazy: async () => ({ Component: (await plan()).AnswerConsultationPage }),
          },
          {
            path: "notifications",
            lazy: async () => ({ Component: (await notifications()).InboxPage }),
          },
          {
            path: "advice-requests",
            lazy: async () => ({ Component: (await advice()).RequestsListPage }),
          },
          {
            path: "advice-requests/:id",
            lazy: async () => ({ Component: (await advice()).AdviceRequestLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await advice()).RequestPage }) },
              {
                path: "on-behalf-of",
                lazy: async () => ({ Component: (await advice()).OnBehalfOfPage }),
              },
              {
                path: "will-provide",
                lazy: async () => ({ Component: (await advice()).WillProvidePage }),
              },
              {
                path: "background",
                lazy: async () => ({ Component: (await advice()).BackgroundPage }),
              },
              { path: "areas/:area", lazy: async () => ({ Component: (await advice()).AreaPage }) },
              {
                path: "check",
                lazy: async () => ({ Component: (await advice()).CheckAnswersPage }),
              },
              {
                path: "confirm",
                lazy: async () => ({ Component: (await advice()).ConfirmSubmitPage }),
              },
              {
                path: "submitted",
                lazy: async () => ({ Component: (await advice()).SubmittedPage }),
              },
              {
                path: "advice",
                lazy: async () => ({ Component: (await advice()).ReadAdvicePage }),
              },
              {
                path: "allocate",
                lazy: async () => ({ Component: (await advice()).AllocatePage }),
              },
              {
                path: "withdraw",
                lazy: async () => ({ Component: (await advice()).WithdrawPage }),
              },
              {
                path: "documents",
                lazy: async () => ({ Component: (await advice()).AdviceDocumentsPage }),
              },
            ],
          },
          {
            path: "cases/:caseId/request-advice",
            lazy: async () => ({ Component: (await advice()).RequestAdvicePage }),
          },
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
              { path: "teams", lazy: async () => ({ Component: (await admin()).TeamsPage }) },
              {
                path: "teams/new",
                lazy: async () => ({ Component: (await admin()).TeamCreatePage }),
              },
              { path: "teams/:id", lazy: async () => ({ Component: (await admin()).TeamPage }) },
              {
                path: "teams/:id/add-member",
                lazy: async () => ({ Component: (await admin()).TeamAddMemberPage }),
              },
              {
                path: "settings",
                lazy: async () => ({ Component: (await admin()).SettingsPage }),
              },
              {
                path: "settings/new",
                lazy: async () => ({ Component: (await admin()).SettingCreatePage }),
              },
              {
                path: "settings/:id",
                lazy: async () => ({ Component: (await admin()).SettingPage }),
              },
              {
                path: "settings/:id/add-staff",
                lazy: async () => ({ Component: (await admin()).SettingAddStaffPage }),
              },
              {
                path: "integration-clients",
                lazy: async () => ({ Component: (await admin()).ClientsPage }),
              },
              {
                path: "integration-clients/new",
                lazy: async () => ({ Component: (await admin()).ClientCreatePage }),
              },
              { path: "mailbox", lazy: async () => ({ Component: (await admin()).MailboxPage }) },
              {
                path: "templates",
                lazy: async () => ({ Component: (await admin()).TemplatesPage }),
              },
              {
                path: "templates/:key",
                lazy: async () => ({ Component: (await admin()).TemplatePage }),
              },
              {
                path: "letter-templates",
                lazy: async () => ({ Component: (await admin()).LetterTemplatesPage }),
              },
              {
                path: "letter-templates/:key",
                lazy: async () => ({ Component: (await admin()).LetterTemplatePage }),
              },
              {
                path: "failed-messages",
                lazy: async () => ({ Component: (await admin()).FailedMessagesPage }),
              },
              {
                path: "documents/redact",
                lazy: async () => ({ Component: (await admin()).RedactDocumentPage }),
              },
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
