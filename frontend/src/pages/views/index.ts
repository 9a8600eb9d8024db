// The child's and the parents' or carers' views on a case, with their photos,
// videos and documents, and adding a file to a case (its views or evidence).
export { EditViewsPage } from "./EditViewsPage";
export { UploadPage } from "./UploadPage";
export { ViewsPage } from "./ViewsPage";
