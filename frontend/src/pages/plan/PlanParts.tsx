// Pieces the plan pages share: the plan's status in words, its sections read
// section by section (needs, outcomes and provision with their links in plain
// words), the family's comments under the section they concern, and the
// settings consulted with their answers.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { formatDay } from "../../app/format";
import { useMe } from "../../auth/session";
import { Tag } from "../../govuk/Tag";
import { formatDate } from "../requests/dates";
import { TextParagraphs } from "../views/parts";
import type { Consultation, PlanBody, PlanContent, ProvisionDoc, Representation } from "./queries";
import {
  addressesText,
  NEEDS,
  PROVISIONS,
  ref,
  SECTIONS,
  servesText,
  STATUS_COLOURS,
  STATUS_LABELS,
  type SectionLetter,
} from "./sections";

/** "Draft", version 2, issued on…, next review by…. */
export function PlanStatusLine({ plan }: { plan: PlanBody }) {
  return (
    <div data-testid="plan-status">
      <p className="govuk-body">
        <Tag colour={STATUS_COLOURS[plan.status]}>{STATUS_LABELS[plan.status]}</Tag> Version{" "}
        {plan.version_no}
        {plan.amendment ? " (an amendment)" : ""}
      </p>
      {plan.issued_on ? <p className="govuk-body">Issued on {formatDate(plan.issued_on)}</p> : null}
      {plan.next_review_on ? (
        <p className="govuk-body">Next review by {formatDate(plan.next_review_on)}</p>
      ) : null}
      {plan.status === "shared" && plan.shared_on ? (
        <p className="govuk-body">Sent to the family on {formatDate(plan.shared_on)}</p>
      ) : null}
    </div>
  );
}

/** A version of the plan as a PDF to keep or print: the browser saves it rather than opening a page. */
export function DownloadPlanLink({ caseId, versionNo }: { caseId: string; versionNo: number }) {
  return (
    <p className="govuk-body">
      <a
        className="govuk-link"
        href={`/api/v1/cases/${caseId}/plan/versions/${versionNo}/pdf`}
        download
      >
        Download version {versionNo} as a PDF
      </a>
    </p>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="govuk-body govuk-hint">{children}</p>;
}

function ProvisionItem({ provision }: { provision: ProvisionDoc }) {
  const serves = servesText(provision);
  return (
    <div className="govuk-summary-card" data-testid={`item-${provision.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{ref(provision.id)}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {(
            [
              ["What", provision.what],
              ["Who", provision.who],
              ["How often", provision.how_often],
              ["How long", provision.how_long],
            ] as const
          ).map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value.trim() || "Not written yet"}</dd>
            </div>
          ))}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Outcomes</dt>
            <dd className="govuk-summary-list__value">{serves ?? "Not linked to an outcome"}</dd>
          </div>
        </dl>
      </div>
    </div>
  );
}

/** The body of one section, read-only. */
export function SectionBody({ letter, content }: { letter: SectionLetter; content: PlanContent }) {
  const needs = NEEDS.find((n) => n.letter === letter);
  if (needs) {
    const list = content[needs.key];
    if (list.length === 0) return <Empty>None recorded.</Empty>;
    return (
      <>
        {list.map((need) => (
          <div key={need.id} data-testid={`item-${need.id}`}>
            <h3 className="govuk-heading-s">{ref(need.id)}</h3>
            <TextParagraphs text={need.text} />
          </div>
        ))}
      </>
    );
  }
  const provisions = PROVISIONS.find((p) => p.letter === letter);
  if (provisions) {
    const list = content[provisions.key];
    if (list.length === 0) return <Empty>None recorded.</Empty>;
    return (
      <>
        {list.map((p) => (
          <ProvisionItem key={p.id} provision={p} />
        ))}
      </>
    );
  }
  switch (letter) {
    case "a":
      return content.views.trim() ? (
        <TextParagraphs text={content.views} />
      ) : (
        <Empty>Not written yet.</Empty>
      );
    case "e":
      if (content.outcomes.length === 0) return <Empty>None recorded.</Empty>;
      return (
        <>
          {content.outcomes.map((o) => (
            <div key={o.id} data-testid={`item-${o.id}`}>
              <h3 className="govuk-heading-s">{ref(o.id)}</h3>
              <TextParagraphs text={o.description} />
              <p className="govuk-body">{addressesText(o) ?? "Not linked to a need"}</p>
              {o.steps.length > 0 ? (
                <>
                  <h4 className="govuk-heading-s">Steps towards it</h4>
                  <ul className="govuk-list govuk-list--bullet">
                    {o.steps.map((s, i) => (
                      <li key={i}>
                        {s.text}
                        {s.target_date ? ` (by ${formatDate(s.target_date)})` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ))}
        </>
      );
    case "i":
      return content.placement?.name ? (
        <p className="govuk-body">{content.placement.name}</p>
      ) : (
        <Empty>Not named yet. The placement is named after the family have seen the draft.</Empty>
      );
    case "j":
      return content.personal_budget.trim() ? (
        <TextParagraphs text={content.personal_budget} />
      ) : (
        <Empty>None.</Empty>
      );
    case "k":
      if (content.advice.length === 0) return <Empty>No advice listed.</Empty>;
      return (
        <ul className="govuk-list govuk-list--bullet">
          {content.advice.map((a) => (
            <li key={a.advice_request_id}>
              {a.from.trim() ? `${a.from}, by ${a.author}` : `By ${a.author}`}
              {a.submitted_on ? `, ${formatDate(a.submitted_on)}` : ""}
            </li>
          ))}
        </ul>
      );
    default:
      return null;
  }
}

/** The family's comments on one section, for those who may read them. */
export function SectionComments({
  letter,
  representations,
}: {
  letter: SectionLetter;
  representations: Representation[];
}) {
  const comments = representations.filter((r) => r.kind === "comment" && r.section === letter);
  if (comments.length === 0) return null;
  return (
    <div className="govuk-inset-text" data-testid={`comments-${letter}`}>
      <h3 className="govuk-heading-s">Comments from the family on this section</h3>
      {comments.map((c) => (
        <div key={c.id}>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {c.by.name}, {formatDay(c.at)}
          </p>
          <TextParagraphs text={c.body} />
        </div>
      ))}
    </div>
  );
}

/** Every section, read-only, each with the family's comments on it. */
export function PlanSections({ plan }: { plan: PlanBody }) {
  return (
    <>
      {SECTIONS.map(({ letter, title }) => (
        <section key={letter} aria-labelledby={`read-${letter}`} data-testid={`section-${letter}`}>
          <h2 className="govuk-heading-m" id={`read-${letter}`}>
            {title}
          </h2>
          <SectionBody letter={letter} content={plan.content} />
          <SectionComments letter={letter} representations={plan.representations} />
        </section>
      ))}
    </>
  );
}

/** Meetings asked for and settings the family would like. */
export function FamilyRequests({ representations }: { representations: Representation[] }) {
  const others = representations.filter((r) => r.kind !== "comment");
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="family-requests-heading" data-testid="family-requests">
      <h2 className="govuk-heading-m" id="family-requests-heading">
        What the family have asked for
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {others.map((r) => (
          <li key={r.id}>
            {r.kind === "meeting"
              ? `${r.by.name} asked for a meeting`
              : `${r.by.name} would like ${r.setting?.name ?? "a setting"} to be named`}{" "}
            ({formatDay(r.at)}){r.body.trim() ? `: ${r.body}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

function answerText(c: Consultation): string {
  if (c.answer === "yes") return "Yes, they can meet the child's needs";
  if (c.answer === "no") return "No";
  return `Waiting for an answer, due by ${formatDate(c.answer_due)}`;
}

/** The settings consulted about being named, with their answers. */
export function ConsultationsList({
  caseId,
  consultations,
}: {
  caseId: string;
  consultations: Consultation[];
}) {
  const me = useMe().data;
  if (consultations.length === 0) return null;
  const mine = new Set((me?.settings ?? []).map((s) => s.id));
  return (
    <section aria-labelledby="consultations-heading" data-testid="consultations">
      <h2 className="govuk-heading-m" id="consultations-heading">
        Consultations
      </h2>
      {consultations.map((c) => (
        <div className="govuk-summary-card" key={c.id} data-testid={`consultation-${c.id}`}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">{c.setting.name}</h3>
            {!c.answer && me?.role === "setting" && mine.has(c.setting.id) ? (
              <ul className="govuk-summary-card__actions">
                <li className="govuk-summary-card__action">
                  <Link
                    className="govuk-link"
                    to={`/plan-consultations/${c.id}/answer?case=${encodeURIComponent(caseId)}`}
                  >
                    Answer<span className="govuk-visually-hidden"> for {c.setting.name}</span>
                  </Link>
                </li>
              </ul>
            ) : null}
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Asked on</dt>
                <dd className="govuk-summary-list__value">{formatDate(c.sent_on)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Answer</dt>
                <dd className="govuk-summary-list__value">
                  {answerText(c)}
                  {c.answered_by ? ` (${c.answered_by.name})` : ""}
                </dd>
              </div>
              {c.reasons.trim() ? (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Reasons</dt>
                  <dd className="govuk-summary-list__value">{c.reasons}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        </div>
      ))}
    </section>
  );
}
