// The views on a case: "About me" (the child's) and the parents' or carers',
// each with its text, who wrote it and when, and its photos, videos and
// documents. The family writes them; a setting or the co-ordinator may write
// and add to them on the family's behalf, which is recorded and shown.
import { Link, useLocation, useParams } from "react-router";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import type { CaseArrival } from "../cases/CasePage";
import { CaseProblem, childNameOf } from "../cases/parts";
import { useCase } from "../cases/queries";
import { QueriedDocumentList } from "../documents/DocumentList";
import { useCaseDocuments } from "../documents/queries";
import { KINDS, mayWriteViews, type KindText, type ViewsBody } from "./kinds";
import { hasText, TextParagraphs, writtenBy } from "./parts";
import { useCaseViews } from "./queries";

export function ViewsPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const views = useCaseViews(id);
  const me = useMe().data;
  const arrival = (useLocation().state ?? {}) as CaseArrival;
  if (file.isPending || views.isPending) return <p className="govuk-body">Loading…</p>;
  if (file.isError) return <CaseProblem error={file.error} />;
  if (views.isError) return <CaseProblem error={views.error} />;
  const mayWrite = mayWriteViews(me?.role);
  const childName = childNameOf(file.data);
  const title = "Views of the child and family";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${id}`}>
          Back to the case
        </Link>
        {arrival.done ? (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">{arrival.done}</p>
          </NotificationBanner>
        ) : null}
        <Page
          title={childName ? `${title} – ${childName}` : title}
          heading={title}
          caption={`Case ${file.data.case_ref}${childName ? `: ${childName}` : ""}`}
        >
          <p className="govuk-body">
            What the child or young person and their family say matters most in an EHC needs
            assessment. Everyone working on the case can read these views.
          </p>
          {(["child", "parent"] as const).map((kind) => (
            <ViewsSection
              key={kind}
              caseId={id}
              text={KINDS[kind]}
              views={views.data.items.find((v) => v.kind === kind)}
              mayWrite={mayWrite}
            />
          ))}
        </Page>
      </div>
    </div>
  );
}

function ViewsSection({
  caseId,
  text,
  views,
  mayWrite,
}: {
  caseId: string;
  text: KindText;
  views: ViewsBody | undefined;
  mayWrite: boolean;
}) {
  const documents = useCaseDocuments(caseId);
  const headingId = `views-${text.kind}-heading`;
  const written = hasText(views);
  const byline = views ? writtenBy(views) : null;
  return (
    <section aria-labelledby={headingId} data-testid={`views-${text.kind}`}>
      <h2 className="govuk-heading-m" id={headingId}>
        {text.heading}
      </h2>
      {written && views ? (
        <div className="govuk-inset-text">
          <TextParagraphs text={views.body} />
        </div>
      ) : (
        <p className="govuk-body">Not written yet.</p>
      )}
      {byline ? <p className="govuk-body-s">{byline}</p> : null}
      {mayWrite ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${caseId}/views/${text.kind}/edit`}>
            {written ? "Change" : "Write"}
            <span className="govuk-visually-hidden">{` ${text.heading}`}</span>
          </Link>
        </p>
      ) : null}
      <h3 className="govuk-heading-s">Photos, videos and documents</h3>
      <QueriedDocumentList
        query={documents}
        only={(d) => d.section === text.section}
        label={`Photos, videos and documents: ${text.heading}`}
        empty="None added yet."
      />
      {mayWrite ? (
        <p className="govuk-body">
          <Link
            className="govuk-link"
            to={`/cases/${caseId}/documents/new?section=${text.section}`}
          >
            Add a photo, video or document
            <span className="govuk-visually-hidden">{` to ${text.heading}`}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
