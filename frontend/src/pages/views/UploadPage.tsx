// Adding a photo, video or document to "About me", to the parents' or carers'
// views, or to the case's evidence, and the co-ordinator's photo of the child
// (/cases/:id/documents/new?section=...).
// Back on the page it came from, a banner says "beach.jpg added".
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import {
  ACCEPTED_PHOTOS,
  type CaseSection,
  type DocumentBody,
  type UploadTarget,
} from "../../api/upload";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import type { CaseArrival } from "../cases/CasePage";
import { CaseProblem, childNameOf } from "../cases/parts";
import { caseKeys, useCase } from "../cases/queries";
import { documentKeys } from "../documents/queries";
import { PHOTO_HINT, UploadForm, useDocumentUpload } from "../documents/UploadForm";
import { NotFoundPage } from "../not-found/NotFoundPage";
import { FormErrorSummary } from "../sign-in/formErrors";
import { kindOfSection } from "./kinds";

export function UploadPage() {
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const section = search.get("section");
  const file = useCase(id);
  const target =
    section === "evidence" || section === "child_photo" ? section : kindOfSection(section)?.section;
  if (!target) return <NotFoundPage />;
  if (file.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  return (
    <UploadToCase
      caseId={id}
      caseRef={file.data.case_ref}
      childName={childNameOf(file.data)}
      section={target}
    />
  );
}

function UploadToCase({
  caseId,
  caseRef,
  childName,
  section,
}: {
  caseId: string;
  caseRef: string;
  childName: string;
  section: CaseSection;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe().data;
  const kind = kindOfSection(section);
  const back = kind ? `/cases/${caseId}/views` : `/cases/${caseId}`;
  const target = useMemo<UploadTarget>(() => ({ to: "case", caseId, section }), [caseId, section]);
  const onUploaded = useCallback(
    (document: DocumentBody) => {
      void queryClient.invalidateQueries({ queryKey: documentKeys.ofCase(caseId) });
      void queryClient.invalidateQueries({ queryKey: ["cases", "one", caseId, "timeline"] });
      if (section === "child_photo") {
        void queryClient.invalidateQueries({ queryKey: caseKeys.one(caseId) });
      }
      const arrival: CaseArrival = { done: `${document.file_name} added` };
      void navigate(back, { state: arrival });
    },
    [queryClient, navigate, caseId, back, section],
  );
  const upload = useDocumentUpload(target, {
    notFound: "You cannot add files to this case. Nothing was added.",
    onUploaded,
  });
  const photo = section === "child_photo";
  const title = kind
    ? `Add a photo, video or document to ${kind.kind === "child" ? "About me" : "the parent's or carer's views"}`
    : photo
      ? "Add a photo of the child or young person"
      : "Add a document to the case";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          {kind ? "Back to the views" : "Back to the case"}
        </Link>
        <FormErrorSummary errors={upload.errors} attempt={upload.attempt} />
        <Page
          title={upload.errors ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${caseRef}${childName ? `: ${childName}` : ""}`}
        >
          <p className="govuk-body">
            {kind
              ? "A photo of something the child or young person made or enjoys, a short video, or a letter or report. Everyone working on the case can see it."
              : photo
                ? "A recent photo helps everyone working on the case know who they are working for. It shows with the child's details, to everyone who can see the case. A new photo takes the place of the last one."
                : "A report, letter or assessment about the child or young person. Everyone working on the case can see it."}
          </p>
          <UploadForm
            upload={upload}
            label={photo ? "Upload a photo" : "Upload a file"}
            submitText={photo ? "Upload photo" : "Upload file"}
            {...(photo ? { accept: ACCEPTED_PHOTOS, hint: PHOTO_HINT } : {})}
          >
            {kind && me && me.role !== "family" ? (
              <div className="govuk-inset-text" data-testid="on-behalf">
                You are adding this on the family&apos;s behalf. This will be recorded.
              </div>
            ) : null}
          </UploadForm>
          <p className="govuk-body">
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </p>
        </Page>
      </div>
    </div>
  );
}
