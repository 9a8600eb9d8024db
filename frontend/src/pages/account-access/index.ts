// Getting into an account without signing in: an invitation, a forgotten password.
export { ForgotPasswordPage } from "./ForgotPasswordPage";
export { InvitationPage } from "./InvitationPage";
export { ResetPasswordPage } from "./ResetPasswordPage";
