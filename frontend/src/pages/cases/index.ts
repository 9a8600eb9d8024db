// The case file and the list of cases, and what co-ordinators change from the
// case file: the child's details, the co-ordinator, who has access, decisions.
export { CaseFileLayout, CasePage } from "./CasePage";
export { CasesPage } from "./CasesPage";
export { ChildPage } from "./ChildPage";
export { CoordinatorPage } from "./CoordinatorPage";
export { DecisionPage } from "./DecisionPage";
export { GrantAccessPage } from "./GrantAccessPage";
export { RevokeAccessPage } from "./RevokeAccessPage";
