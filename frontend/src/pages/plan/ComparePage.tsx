// Comparing two versions of the plan, section by section: what was added,
// removed or changed, with the text before and after (no tables: it reads on
// a phone). The versions are chosen at the top.
import { Form, Link, useParams, useSearchParams } from "react-router";
import { Page } from "../../app/Page";
import { CaseProblem } from "../cases/parts";
import { TextParagraphs } from "../views/parts";
import { usePlanDiff, usePlanVersions, type PlanDiff } from "./queries";
import { ref } from "./sections";

const CHANGE_WORDS: Record<string, string> = {
  added: "added",
  removed: "removed",
  changed: "changed",
};

export function ComparePage() {
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const versions = usePlanVersions(id);
  const items = versions.data?.items ?? [];
  const from = Number(search.get("from") ?? items.at(-2)?.version_no ?? 0);
  const to = Number(search.get("to") ?? items.at(-1)?.version_no ?? 0);
  const ready = from > 0 && to > 0 && from !== to;
  const diff = usePlanDiff(id, from, to, ready);
  if (versions.isPending) return <p className="govuk-body">Loading…</p>;
  if (versions.isError) return <CaseProblem error={versions.error} />;
  const choose = (name: string, label: string, value: number) => (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={name}>
        {label}
      </label>
      <select className="govuk-select" id={name} name={name} defaultValue={value || undefined}>
        {items.map((v) => (
          <option key={v.version_no} value={v.version_no}>
            Version {v.version_no}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${id}/plan`}>
          Back to the plan
        </Link>
        <Page title="Compare versions of the plan">
          {items.length < 2 ? (
            <p className="govuk-body">There is only one version of the plan.</p>
          ) : (
            <Form method="get" action={`/cases/${id}/plan/compare`} key={`${from}-${to}`}>
              {choose("from", "From version", from)}
              {choose("to", "To version", to)}
              <button
                type="submit"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
              >
                Compare
              </button>
            </Form>
          )}
          {!ready && items.length >= 2 ? (
            <p className="govuk-body">Choose two different versions.</p>
          ) : null}
          {diff.isPending && ready ? <p className="govuk-body">Loading…</p> : null}
          {diff.isError ? (
            <p className="govuk-body">
              We could not compare these versions. Try again in a few minutes.
            </p>
          ) : null}
          {diff.data ? <Differences diff={diff.data} /> : null}
        </Page>
      </div>
    </div>
  );
}

function Differences({ diff }: { diff: PlanDiff }) {
  if (diff.sections.length === 0) {
    return (
      <p className="govuk-body">
        Nothing changed between version {diff.from} and version {diff.to}.
      </p>
    );
  }
  return (
    <>
      <p className="govuk-body">
        What changed from version {diff.from} to version {diff.to}.
      </p>
      {diff.sections.map((section) => (
        <section
          key={section.section}
          aria-labelledby={`diff-${section.section}`}
          data-testid={`diff-${section.section}`}
        >
          <h2 className="govuk-heading-m" id={`diff-${section.section}`}>
            {section.title}
          </h2>
          {section.changes.map((change, i) => (
            <div key={`${change.id}-${i}`} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">
                {change.id ? `${ref(change.id)} ` : ""}
                {CHANGE_WORDS[change.change] ?? change.change}
              </h3>
              {change.before ? (
                <div className="govuk-inset-text">
                  <h4 className="govuk-heading-s">Before</h4>
                  <TextParagraphs text={change.before} />
                </div>
              ) : null}
              {change.after ? (
                <div className="govuk-inset-text">
                  <h4 className="govuk-heading-s">After</h4>
                  <TextParagraphs text={change.after} />
                </div>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
