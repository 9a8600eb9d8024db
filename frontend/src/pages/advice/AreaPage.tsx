// One area of need: strengths, needs, and any number of outcomes, each with
// Preparing-for-Adulthood types, steps (with a target date) and provision.
// Left empty, the area is "not an area of need". Adding something moves focus
// to its first box; removing something says so and moves focus to the button
// that adds another.
import { useEffect, useRef, useState } from "react";
import { Navigate, useParams } from "react-router";
import { useAdviceDraft } from "./AdviceDraft";
import { fieldId } from "./fields";
import { CheckboxGroup, DateInput, TextArea } from "./form";
import {
  PFA_TYPES,
  areaBySlug,
  type AdviceContent,
  type AreaAdvice,
  type AreaKey,
  type Outcome,
  type PfaType,
} from "./labels";
import { SectionPage, useFieldErrors } from "./SectionPage";

/** Stable React keys for the outcomes and their steps and provisions (their indices shift). */
interface OutcomeKeys {
  key: string;
  steps: string[];
  provisions: string[];
}

let lastKey = 0;
const newKey = () => `item-${(lastKey += 1)}`;

function keysFor(area: AreaAdvice): OutcomeKeys[] {
  return area.outcomes.map((o) => ({
    key: newKey(),
    steps: o.steps.map(newKey),
    provisions: o.provisions.map(newKey),
  }));
}

const emptyOutcome = (): Outcome => ({ description: "", pfa: [], steps: [], provisions: [] });

export function AreaPage() {
  const { area: slug } = useParams();
  const area = areaBySlug(slug);
  if (!area) return <Navigate to=".." relative="path" replace />;
  return <AreaForm key={area.key} areaKey={area.key} slug={area.slug} label={area.label} />;
}

function AreaForm({ areaKey, slug, label }: { areaKey: AreaKey; slug: string; label: string }) {
  const { content, update } = useAdviceDraft();
  const errorFor = useFieldErrors();
  const advice = content.areas[areaKey];
  const [keys, setKeys] = useState<OutcomeKeys[]>(() => keysFor(advice));
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<string | null>(null);
  const base = `areas.${areaKey}`;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  /** Changes this area; errors on fields under `clearsUnder` are cleared. */
  const change = (recipe: (area: AreaAdvice) => AreaAdvice, clearsUnder: string) =>
    update(
      (c: AdviceContent) => ({ ...c, areas: { ...c.areas, [areaKey]: recipe(c.areas[areaKey]) } }),
      (field) =>
        field === clearsUnder ||
        field.startsWith(`${clearsUnder}.`) ||
        field.startsWith(`${clearsUnder}[`),
    );

  const changeOutcome = (i: number, recipe: (o: Outcome) => Outcome, clearsUnder: string) =>
    change(
      (a) => ({ ...a, outcomes: a.outcomes.map((o, n) => (n === i ? recipe(o) : o)) }),
      clearsUnder,
    );

  const addOutcome = () => {
    change((a) => ({ ...a, outcomes: [...a.outcomes, emptyOutcome()] }), `${base}.needs`);
    setKeys((k) => [...k, { key: newKey(), steps: [], provisions: [] }]);
    focusNext.current = fieldId(`${base}.outcomes[${advice.outcomes.length}].description`);
    setAnnouncement("");
  };
  const removeOutcome = (i: number) => {
    change((a) => ({ ...a, outcomes: a.outcomes.filter((_, n) => n !== i) }), `${base}.outcomes`);
    setKeys((k) => k.filter((_, n) => n !== i));
    focusNext.current = `${fieldId(base)}-add-outcome`;
    setAnnouncement(`Outcome ${i + 1} removed.`);
  };
  const addStep = (i: number) => {
    const at = advice.outcomes[i]?.steps.length ?? 0;
    changeOutcome(i, (o) => ({ ...o, steps: [...o.steps, { text: "", target_date: null }] }), "");
    setKeys((k) => k.map((o, n) => (n === i ? { ...o, steps: [...o.steps, newKey()] } : o)));
    focusNext.current = fieldId(`${base}.outcomes[${i}].steps[${at}].text`);
    setAnnouncement("");
  };
  const removeStep = (i: number, j: number) => {
    changeOutcome(
      i,
      (o) => ({ ...o, steps: o.steps.filter((_, n) => n !== j) }),
      `${base}.outcomes[${i}].steps`,
    );
    setKeys((k) =>
      k.map((o, n) => (n === i ? { ...o, steps: o.steps.filter((_, m) => m !== j) } : o)),
    );
    focusNext.current = `${fieldId(`${base}.outcomes[${i}]`)}-add-step`;
    setAnnouncement(`Step ${j + 1} of outcome ${i + 1} removed.`);
  };
  const addProvision = (i: number) => {
    const at = advice.outcomes[i]?.provisions.length ?? 0;
    changeOutcome(i, (o) => ({ ...o, provisions: [...o.provisions, { description: "" }] }), "");
    setKeys((k) =>
      k.map((o, n) => (n === i ? { ...o, provisions: [...o.provisions, newKey()] } : o)),
    );
    focusNext.current = fieldId(`${base}.outcomes[${i}].provisions[${at}].description`);
    setAnnouncement("");
  };
  const removeProvision = (i: number, j: number) => {
    changeOutcome(
      i,
      (o) => ({ ...o, provisions: o.provisions.filter((_, n) => n !== j) }),
      `${base}.outcomes[${i}].provisions`,
    );
    setKeys((k) =>
      k.map((o, n) => (n === i ? { ...o, provisions: o.provisions.filter((_, m) => m !== j) } : o)),
    );
    focusNext.current = `${fieldId(`${base}.outcomes[${i}]`)}-add-provision`;
    setAnnouncement(`Provision ${j + 1} of outcome ${i + 1} removed.`);
  };

  return (
    <SectionPage section={`areas/${slug}`} title={label}>
      <p className="govuk-body">
        Only complete this section if it is relevant to your assessment. Leave it empty if it is not
        an area of need.
      </p>
      <p className="govuk-visually-hidden" role="status">
        {announcement}
      </p>
      <TextArea
        id={fieldId(`${base}.strengths`)}
        label="Strengths"
        labelClass="govuk-label--m"
        hint="What the child or young person does well in this area."
        value={advice.strengths}
        error={errorFor(`${base}.strengths`)}
        onChange={(v) => change((a) => ({ ...a, strengths: v }), `${base}.strengths`)}
      />
      <TextArea
        id={fieldId(`${base}.needs`)}
        label="Needs"
        labelClass="govuk-label--m"
        hint="Explain the effect on their day-to-day life, not only a diagnosis. Use plain English and explain any medical terms."
        value={advice.needs}
        error={errorFor(`${base}.needs`)}
        onChange={(v) => change((a) => ({ ...a, needs: v }), `${base}.needs`)}
      />

      <h2 className="govuk-heading-m">Outcomes</h2>
      <p className="govuk-body">
        What the child or young person will be able to do, starting from their hopes for the future.
        For example: &ldquo;By the end of key stage 2, Emma will use and look after her hearing aids
        on her own, so that she can enjoy overnight stays with friends.&rdquo;
      </p>
      {advice.outcomes.length === 0 ? (
        <p className="govuk-body">There are no outcomes for this area yet.</p>
      ) : null}
      {advice.outcomes.map((outcome, i) => {
        const at = `${base}.outcomes[${i}]`;
        const itemKeys = keys[i];
        return (
          <div key={itemKeys?.key ?? i} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-m">Outcome {i + 1}</h3>
            <TextArea
              id={fieldId(`${at}.description`)}
              label={`Describe outcome ${i + 1}`}
              labelClass=""
              value={outcome.description}
              error={errorFor(`${at}.description`)}
              onChange={(v) =>
                changeOutcome(i, (o) => ({ ...o, description: v }), `${at}.description`)
              }
            />
            <CheckboxGroup<PfaType>
              idPrefix={fieldId(`${at}.pfa`)}
              legend={`Preparing for adulthood: outcome ${i + 1} (optional)`}
              hint="Select all that apply. Needed for young people in year 9 and above."
              small
              items={PFA_TYPES.map((p) => ({ value: p.value, label: p.label }))}
              values={outcome.pfa}
              onChange={(pfa) => changeOutcome(i, (o) => ({ ...o, pfa }), `${at}.pfa`)}
            />

            <h4 className="govuk-heading-s">Steps towards outcome {i + 1}</h4>
            {outcome.steps.length === 0 ? <p className="govuk-body">No steps yet.</p> : null}
            {outcome.steps.map((step, j) => {
              const stepAt = `${at}.steps[${j}]`;
              return (
                <div key={itemKeys?.steps[j] ?? j} className="govuk-!-margin-bottom-4">
                  <TextArea
                    id={fieldId(`${stepAt}.text`)}
                    label={`Step ${j + 1}`}
                    labelClass="govuk-label--s"
                    rows={3}
                    value={step.text}
                    error={errorFor(`${stepAt}.text`)}
                    onChange={(v) =>
                      changeOutcome(
                        i,
                        (o) => ({
                          ...o,
                          steps: o.steps.map((s, m) => (m === j ? { ...s, text: v } : s)),
                        }),
                        `${stepAt}.text`,
                      )
                    }
                  />
                  <DateInput
                    id={fieldId(`${stepAt}.target_date`)}
                    legend={`Date to achieve step ${j + 1} by (optional)`}
                    value={step.target_date}
                    onChange={(v) =>
                      changeOutcome(
                        i,
                        (o) => ({
                          ...o,
                          steps: o.steps.map((s, m) => (m === j ? { ...s, target_date: v } : s)),
                        }),
                        `${stepAt}.target_date`,
                      )
                    }
                  />
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary"
                    data-module="govuk-button"
                    onClick={() => removeStep(i, j)}
                  >
                    Remove step {j + 1}
                    <span className="govuk-visually-hidden"> of outcome {i + 1}</span>
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              id={`${fieldId(at)}-add-step`}
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              onClick={() => addStep(i)}
            >
              Add a step<span className="govuk-visually-hidden"> to outcome {i + 1}</span>
            </button>

            <h4 className="govuk-heading-s">Provision for outcome {i + 1}</h4>
            <p className="govuk-body">
              Say what will happen, who will do it, how often, and when it will be reviewed. Only
              include provision within your own service or expertise.
            </p>
            {outcome.provisions.map((provision, j) => {
              const provisionAt = `${at}.provisions[${j}]`;
              return (
                <div key={itemKeys?.provisions[j] ?? j}>
                  <TextArea
                    id={fieldId(`${provisionAt}.description`)}
                    label={`Provision ${j + 1}`}
                    labelClass="govuk-label--s"
                    rows={3}
                    value={provision.description}
                    error={errorFor(`${provisionAt}.description`)}
                    onChange={(v) =>
                      changeOutcome(
                        i,
                        (o) => ({
                          ...o,
                          provisions: o.provisions.map((p, m) =>
                            m === j ? { description: v } : p,
                          ),
                        }),
                        `${provisionAt}.description`,
                      )
                    }
                  />
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary"
                    data-module="govuk-button"
                    onClick={() => removeProvision(i, j)}
                  >
                    Remove provision {j + 1}
                    <span className="govuk-visually-hidden"> of outcome {i + 1}</span>
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              id={`${fieldId(at)}-add-provision`}
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              onClick={() => addProvision(i)}
            >
              Add provision<span className="govuk-visually-hidden"> to outcome {i + 1}</span>
            </button>

            <div>
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                data-module="govuk-button"
                onClick={() => removeOutcome(i)}
              >
                Remove outcome {i + 1}
              </button>
            </div>
            <hr className="govuk-section-break govuk-section-break--m govuk-section-break--visible" />
          </div>
        );
      })}
      <button
        type="button"
        id={`${fieldId(base)}-add-outcome`}
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        onClick={addOutcome}
      >
        {advice.outcomes.length === 0 ? "Add an outcome" : "Add another outcome"}
      </button>
    </SectionPage>
  );
}
