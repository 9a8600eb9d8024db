// The public form to ask for an EHC needs assessment, for families without an account.
export { PublicRequestPage } from "./PublicRequestPage";
