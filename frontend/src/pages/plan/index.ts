// The EHC plan: reading it and its versions, the co-ordinator's editor and its
// one-step pages (share, consult, issue), the family's comments and a
// consulted setting's answer.
export { AnswerConsultationPage } from "./AnswerConsultationPage";
export { CommentPage } from "./CommentPage";
export { ComparePage } from "./ComparePage";
export { ConsultPlanPage } from "./ConsultPlanPage";
export { EditPlanPage } from "./EditPlanPage";
export { IssuePlanPage } from "./IssuePlanPage";
export { PlanPage } from "./PlanPage";
export { SharePlanPage } from "./SharePlanPage";
export { VersionPage } from "./VersionPage";
