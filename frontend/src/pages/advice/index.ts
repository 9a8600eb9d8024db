// Requests for advice at assessment and the advisers' answers: the
// contributor's list and the advice template, the team manager's allocation,
// and the co-ordinator's requests (CaseAdviceSection sits on the case's page).
export { AdviceDocumentsPage } from "./AdviceDocuments";
export { AdviceRequestLayout } from "./AdviceRequestLayout";
export { AllocatePage } from "./AllocatePage";
export { AreaPage } from "./AreaPage";
export { BackgroundPage } from "./BackgroundPage";
export { CheckAnswersPage } from "./CheckAnswersPage";
export { ConfirmSubmitPage } from "./ConfirmSubmitPage";
export { OnBehalfOfPage } from "./OnBehalfOfPage";
export { ReadAdvicePage } from "./ReadAdvicePage";
export { RequestAdvicePage } from "./RequestAdvicePage";
export { RequestPage } from "./RequestPage";
export { RequestsListPage } from "./RequestsListPage";
export { SubmittedPage } from "./SubmittedPage";
export { WillProvidePage } from "./WillProvidePage";
export { WithdrawPage } from "./WithdrawPage";
