// The sign-in pages: one chunk, loaded on the first visit to any of them.
export { AppSetUpPage } from "./AppSetUpPage";
export { EnterCodePage } from "./EnterCodePage";
export { RecoveryCodePage } from "./RecoveryCodePage";
export { RecoveryCodesPage } from "./RecoveryCodesPage";
export { SetUpPage } from "./SetUpPage";
export { SignedOutPage, TimedOutPage } from "./SignedOutPage";
export { SignInPage } from "./SignInPage";
export { TextSetUpCodePage, TextSetUpPage } from "./TextSetUpPage";
