// The signed-in person's own account: who they are, and how they sign in.
export { AccountPage } from "./AccountPage";
export { ChangePasswordPage } from "./ChangePasswordPage";
export { ChangeSecondFactorPage } from "./ChangeSecondFactorPage";
