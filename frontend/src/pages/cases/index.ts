// The case file and the list of cases, and what co-ordinators change from the
// case file: the child's details, the co-ordinator, who has access, decisions,
// flags, closing and reopening.
export { CaseFileLayout, CasePage } from "./CasePage";
export { CasesPage } from "./CasesPage";
export { ChildPage } from "./ChildPage";
export { ClosePage } from "./ClosePage";
export { CoordinatorPage } from "./CoordinatorPage";
export { DecisionPage } from "./DecisionPage";
export { FlagsPage } from "./FlagsPage";
export { GrantAccessPage } from "./GrantAccessPage";
export { ReopenPage } from "./ReopenPage";
export { RevokeAccessPage } from "./RevokeAccessPage";
