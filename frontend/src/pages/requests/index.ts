// Requests for an EHC needs assessment: a setting's drafts (task list,
// autosaved sections, co-authors, check and send), and the co-ordinators' new
// requests (read, record one that came by post, register as a case).
export { CheckAnswersPage } from "./CheckAnswersPage";
export { CoAuthorPage } from "./CoAuthorPage";
export { DeleteDraftPage } from "./DeleteDraftPage";
export { RecordRequestPage } from "./RecordRequestPage";
export { RegisterPage } from "./RegisterPage";
export { RemoveCoAuthorPage } from "./RemoveCoAuthorPage";
export { RequestDocumentsPage } from "./RequestDocuments";
export { RequestPage } from "./RequestPage";
export { RequestsPage } from "./RequestsPage";
export { SectionPage } from "./SectionPage";
export { SentPage } from "./SentPage";
export { DraftSettingPage, StartRequestPage } from "./SettingPage";
