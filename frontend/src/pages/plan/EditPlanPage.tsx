// The co-ordinator's editor of the draft plan, sections A to K. Everything is
// saved as it is typed (autosave/useAutosave, If-Match naming the version
// read); if someone else saved first nothing is overwritten and what was typed
// stays on screen. Above the sections: what the plan still lacks (the golden
// thread's gaps), provision that is not specific and quantified, and what
// stops it being issued, each linked to the field it is about. Section I (the
// placement) opens once the family have the draft.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type MouseEvent, type ReactNode } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { ApiError, type Problem } from "../../api/problem";
import { Page } from "../../app/Page";
import { useMe } from "../../auth/session";
import { AutosaveConflict } from "../../autosave/AutosaveConflict";
import { AutosaveLine } from "../../autosave/AutosaveLine";
import { saveOutcome } from "../../autosave/saveOutcome";
import { trackSave } from "../../autosave/savesInFlight";
import { useAutosave } from "../../autosave/useAutosave";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { ErrorSummary } from "../../govuk/ErrorSummary";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { CheckboxGroup, DateInput, TextArea, TextField } from "../advice/form";
import type { CaseArrival } from "../cases/CasePage";
import { CaseProblem, childNameOf } from "../cases/parts";
import { useAllSettings, useCase, type CaseSummary } from "../cases/queries";
import {
  ConsultationsList,
  FamilyRequests,
  PlanStatusLine,
  SectionBody,
  SectionComments,
} from "./PlanParts";
import {
  planKeys,
  planSaveKey,
  usePlan,
  type NeedDoc,
  type OutcomeDoc,
  type PlanBody,
  type PlanContent,
  type PlanWarning,
  type ProvisionDoc,
} from "./queries";
import {
  allNeeds,
  fieldIdFor,
  NEEDS,
  nextId,
  PROVISIONS,
  ref,
  sectionTitle,
  shortLabel,
  warningTarget,
  type NeedsKey,
  type ProvisionKey,
  type SectionLetter,
} from "./sections";

export const PLAN_CONFLICT_MESSAGE =
  "Someone else saved this draft plan since you opened it. What you typed is still below but has not been saved: copy anything you want to keep, then reload the plan and add your changes again.";

export function EditPlanPage() {
  const { id = "" } = useParams();
  const file = useCase(id);
  const plan = usePlan(id);
  const me = useMe().data;
  const [generation, setGeneration] = useState(0);
  // Start from the draft as it is now, not as it was when last read.
  if (file.isPending || plan.isPending || !plan.isFetchedAfterMount) {
    return <p className="govuk-body">Loading…</p>;
  }
  if (file.isError) return <CaseProblem error={file.error} />;
  if (plan.isError && !(plan.error instanceof ApiError && plan.error.status === 404)) {
    return <CaseProblem error={plan.error} />;
  }
  if (!plan.data || plan.data.status === "final" || me?.role !== "case_coordinator") {
    return (
      <Page title="There is no draft plan to edit">
        <p className="govuk-body">
          Only the co-ordinator can edit a draft plan, and only before it is issued.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${id}/plan`}>
            Go to the EHC plan
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <PlanEditor
      key={generation}
      file={file.data}
      plan={plan.data}
      onReload={async () => {
        await plan.refetch();
        setGeneration((n) => n + 1);
      }}
    />
  );
}

/** Moves the focus to a field named by a link in the page, as the error summary does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const field = document.getElementById(target);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView?.({ block: "center" });
  field.focus();
}

function WarningLinks({ warnings, testId }: { warnings: PlanWarning[]; testId: string }) {
  return (
    <ul className="govuk-list govuk-list--bullet" data-testid={testId}>
      {warnings.map((w, i) => {
        const target = warningTarget(w.section, w.item_id);
        return (
          <li key={`${w.item_id}-${i}`}>
            <a
              className="govuk-link"
              href={`#${target}`}
              onClick={(event) => focusField(event, target)}
            >
              {ref(w.item_id)}: {w.message}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

function ChecksPanel({ plan }: { plan: PlanBody }) {
  const checks = plan.checks;
  if (!checks) return null;
  const nothing =
    checks.gaps.length === 0 && checks.flagged.length === 0 && checks.issue_blockers.length === 0;
  return (
    <section
      className="govuk-!-margin-bottom-6"
      aria-labelledby="checks-heading"
      data-testid="checks"
    >
      <h2 className="govuk-heading-m" id="checks-heading">
        Check the plan
      </h2>
      {nothing ? (
        <p className="govuk-body">Nothing is missing and no provision is flagged.</p>
      ) : null}
      {checks.gaps.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">What is missing</h3>
          <WarningLinks warnings={checks.gaps} testId="gaps" />
        </>
      ) : null}
      {checks.flagged.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Provision that is not specific enough</h3>
          <WarningLinks warnings={checks.flagged} testId="flagged" />
        </>
      ) : null}
      {checks.issue_blockers.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Before the final plan can be issued</h3>
          <ul className="govuk-list govuk-list--bullet" data-testid="issue-blockers">
            {checks.issue_blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Section({
  letter,
  plan,
  children,
}: {
  letter: SectionLetter;
  plan: PlanBody;
  children: ReactNode;
}) {
  return (
    <section
      className="govuk-!-margin-bottom-8"
      id={`section-${letter}`}
      aria-labelledby={`edit-${letter}`}
      data-testid={`edit-section-${letter}`}
    >
      <h2 className="govuk-heading-m" id={`edit-${letter}`}>
        {sectionTitle(letter)}
      </h2>
      {children}
      <SectionComments letter={letter} representations={plan.representations} />
    </section>
  );
}

function SecondaryButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** The server's messages for the fields it refused, by the id of the input on the page. */
function invalidFields(problem: Problem, content: PlanContent) {
  const byId: Record<string, string> = {};
  const summary: { href: string | undefined; text: string }[] = [];
  for (const e of problem.errors ?? []) {
    const id = fieldIdFor(e.field, content);
    if (id && !(id in byId)) byId[id] = e.message;
    summary.push({ href: id ? `#${id}` : undefined, text: e.message });
  }
  if (summary.length === 0)
    summary.push({ href: undefined, text: problem.detail ?? problem.title });
  return { byId, summary };
}

function PlanEditor({
  file,
  plan,
  onReload,
}: {
  file: CaseSummary;
  plan: PlanBody;
  onReload: () => Promise<void>;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const arrival = (useLocation().state ?? {}) as CaseArrival;
  const latest = usePlan(file.id).data ?? plan;
  const [content, setContent] = useState<PlanContent>(plan.content);
  const [reloading, setReloading] = useState(false);
  const [busy, setBusy] = useState(false);
  // The error summary takes the focus, so it appears only when "Save" is pressed,
  // never in the middle of typing (the saved-at line says what an autosave met).
  const [summaryShown, setSummaryShown] = useState(0);
  const planPage = `/cases/${file.id}/plan`;
  const autosave = useAutosave<PlanContent, PlanBody>({
    initial: plan.content,
    version: plan.version,
    savedAt: plan.updated_at,
    save: async (value, ifMatch) =>
      saveOutcome(
        await client.PUT("/api/v1/cases/{id}/plan", {
          params: { path: { id: file.id }, header: { "If-Match": ifMatch } },
          body: value,
        }),
        (status, problem) =>
          status === 404 || status === 409
            ? (problem?.detail ?? "The draft plan can no longer be changed.")
            : undefined,
      ),
    versionOf: (saved) => saved.version,
    savedAtOf: (saved) => saved.updated_at,
    onSaved: (saved) => queryClient.setQueryData(planKeys.one(file.id), saved),
    track: (save) => trackSave(planSaveKey(file.id), save),
  });
  const status = autosave.status;
  const conflict = status.state === "conflict";
  const invalid = status.state === "invalid" ? invalidFields(status.problem, content) : null;
  const errorOf = (id: string) => invalid?.byId[id];
  const shared = latest.status === "shared";

  const update = (change: (was: PlanContent) => PlanContent) => {
    const next = change(content);
    setContent(next);
    autosave.change(next);
  };

  const setNeeds = (key: NeedsKey, needs: NeedDoc[]) => update((c) => ({ ...c, [key]: needs }));
  const setProvision = (key: ProvisionKey, list: ProvisionDoc[]) =>
    update((c) => ({ ...c, [key]: list }));
  const setOutcomes = (outcomes: OutcomeDoc[]) => update((c) => ({ ...c, outcomes }));

  const removeNeed = (key: NeedsKey, id: string) =>
    update((c) => ({
      ...c,
      [key]: c[key].filter((n) => n.id !== id),
      outcomes: c.outcomes.map((o) => ({ ...o, need_ids: o.need_ids.filter((n) => n !== id) })),
    }));

  const removeOutcome = (id: string) =>
    update((c) => {
      const strip = (list: ProvisionDoc[]) =>
        list.map((p) => ({ ...p, outcome_ids: p.outcome_ids.filter((o) => o !== id) }));
      return {
        ...c,
        outcomes: c.outcomes.filter((o) => o.id !== id),
        education_provision: strip(c.education_provision),
        health_provision: strip(c.health_provision),
        csdpa_provision: strip(c.csdpa_provision),
        other_social_care_provision: strip(c.other_social_care_provision),
      };
    });

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const outcome = await autosave.flush();
    setBusy(false);
    if (outcome.state === "invalid") return setSummaryShown((n) => n + 1);
    if (outcome.state === "saved" || outcome.state === "unchanged") {
      const done: CaseArrival =
        outcome.state === "saved" ? { done: "The draft plan has been saved" } : {};
      void navigate(planPage, { state: done });
    }
  };

  const needItems = allNeeds(content).map((n) => ({
    value: n.id,
    label: shortLabel(n.id, n.text),
  }));
  const outcomeItems = content.outcomes.map((o) => ({
    value: o.id,
    label: shortLabel(o.id, o.description),
  }));
  const childName = childNameOf(file);
  const title = latest.amendment ? "Edit the amended plan" : "Edit the draft plan";

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={planPage}>
          Back to the plan
        </Link>
        {arrival.done ? (
          <NotificationBanner type="success">
            <p className="govuk-notification-banner__heading">{arrival.done}</p>
          </NotificationBanner>
        ) : null}
        {conflict ? (
          <AutosaveConflict
            title="Your changes have not been saved"
            reloadLabel="Reload the plan"
            onReload={() => void reload()}
            reloading={reloading}
          >
            <p className="govuk-body">{PLAN_CONFLICT_MESSAGE}</p>
          </AutosaveConflict>
        ) : invalid && summaryShown > 0 ? (
          <ErrorSummary key={summaryShown} errors={invalid.summary} />
        ) : null}
        <Page
          title={conflict || invalid ? `Error: ${title}` : title}
          heading={title}
          caption={`Case ${file.case_ref}${childName ? `: ${childName}` : ""}`}
        >
          <PlanStatusLine plan={latest} />
          <AutosaveLine
            status={status}
            savedAt={autosave.savedAt}
            what="this draft plan"
            intro="What you write is saved as you type."
          />
          <div className="govuk-button-group">
            {latest.status === "draft" ? (
              <Link
                className="govuk-button"
                data-module="govuk-button"
                role="button"
                draggable={false}
                to={`/cases/${file.id}/plan/share`}
              >
                Share with the family
              </Link>
            ) : null}
            {shared ? (
              <>
                <Link
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  role="button"
                  draggable={false}
                  to={`/cases/${file.id}/plan/consult`}
                >
                  Consult a setting
                </Link>
                <Link
                  className="govuk-button"
                  data-module="govuk-button"
                  role="button"
                  draggable={false}
                  to={`/cases/${file.id}/plan/issue`}
                >
                  Issue the final plan
                </Link>
              </>
            ) : null}
          </div>
          <ChecksPanel plan={latest} />
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <Section letter="a" plan={latest}>
              <TextArea
                id="views"
                label="The child's and family's views, interests and aspirations"
                value={content.views}
                error={errorOf("views")}
                onChange={(views) => update((c) => ({ ...c, views }))}
                rows={8}
              />
            </Section>

            {NEEDS.map(({ letter, key, prefix, noun }) => (
              <Section key={letter} letter={letter} plan={latest}>
                {content[key].length === 0 ? (
                  <p className="govuk-body">No {noun}s recorded.</p>
                ) : null}
                {content[key].map((need) => (
                  <div key={need.id}>
                    <TextArea
                      id={`${need.id}-text`}
                      label={`Need ${ref(need.id)}`}
                      value={need.text}
                      error={errorOf(`${need.id}-text`)}
                      onChange={(text) =>
                        setNeeds(
                          key,
                          content[key].map((n) => (n.id === need.id ? { ...n, text } : n)),
                        )
                      }
                    />
                    <SecondaryButton onClick={() => removeNeed(key, need.id)}>
                      Remove need {ref(need.id)}
                    </SecondaryButton>
                  </div>
                ))}
                <SecondaryButton
                  onClick={() =>
                    setNeeds(key, [
                      ...content[key],
                      { id: nextId(prefix, content[key]), text: "", area: null },
                    ])
                  }
                >
                  Add a {noun}
                </SecondaryButton>
              </Section>
            ))}

            <Section letter="e" plan={latest}>
              {content.outcomes.length === 0 ? (
                <p className="govuk-body">No outcomes recorded.</p>
              ) : null}
              {content.outcomes.map((outcome) => {
                const change = (next: Partial<OutcomeDoc>) =>
                  setOutcomes(
                    content.outcomes.map((o) => (o.id === outcome.id ? { ...o, ...next } : o)),
                  );
                return (
                  <div key={outcome.id} data-testid={`edit-${outcome.id}`}>
                    <h3 className="govuk-heading-s">Outcome {ref(outcome.id)}</h3>
                    <TextArea
                      id={`${outcome.id}-description`}
                      label={`What outcome ${ref(outcome.id)} is`}
                      labelClass=""
                      value={outcome.description}
                      error={errorOf(`${outcome.id}-description`)}
                      onChange={(description) => change({ description })}
                    />
                    {needItems.length > 0 ? (
                      <CheckboxGroup
                        idPrefix={`${outcome.id}-need_ids`}
                        legend={`Which needs does outcome ${ref(outcome.id)} address?`}
                        items={needItems}
                        values={outcome.need_ids}
                        error={errorOf(`${outcome.id}-need_ids`)}
                        onChange={(need_ids) => change({ need_ids })}
                        small
                      />
                    ) : null}
                    {outcome.steps.map((step, i) => (
                      <div key={`${i}-${outcome.steps.length}`}>
                        <TextField
                          id={`${outcome.id}-step-${i}-text`}
                          label={`Step ${i + 1} towards outcome ${ref(outcome.id)}`}
                          value={step.text}
                          error={errorOf(`${outcome.id}-step-${i}-text`)}
                          onChange={(text) =>
                            change({
                              steps: outcome.steps.map((s, j) => (j === i ? { ...s, text } : s)),
                            })
                          }
                        />
                        <DateInput
                          id={`${outcome.id}-step-${i}-target_date`}
                          legend={`Target date for step ${i + 1}`}
                          value={step.target_date ?? null}
                          onChange={(target_date) =>
                            change({
                              steps: outcome.steps.map((s, j) =>
                                j === i ? { ...s, target_date } : s,
                              ),
                            })
                          }
                        />
                        <SecondaryButton
                          onClick={() => change({ steps: outcome.steps.filter((_, j) => j !== i) })}
                        >
                          Remove step {i + 1}
                          <span className="govuk-visually-hidden">
                            {" "}
                            of outcome {ref(outcome.id)}
                          </span>
                        </SecondaryButton>
                      </div>
                    ))}
                    <div className="govuk-button-group">
                      <SecondaryButton
                        onClick={() =>
                          change({ steps: [...outcome.steps, { text: "", target_date: null }] })
                        }
                      >
                        Add a step
                        <span className="govuk-visually-hidden"> to outcome {ref(outcome.id)}</span>
                      </SecondaryButton>
                      <SecondaryButton onClick={() => removeOutcome(outcome.id)}>
                        Remove outcome {ref(outcome.id)}
                      </SecondaryButton>
                    </div>
                  </div>
                );
              })}
              <SecondaryButton
                onClick={() =>
                  setOutcomes([
                    ...content.outcomes,
                    {
                      id: nextId("e", content.outcomes),
                      description: "",
                      pfa: [],
                      steps: [],
                      need_ids: [],
                    },
                  ])
                }
              >
                Add an outcome
              </SecondaryButton>
            </Section>

            {PROVISIONS.map(({ letter, key, prefix }) => (
              <Section key={letter} letter={letter} plan={latest}>
                {content[key].length === 0 ? (
                  <p className="govuk-body">No provision recorded.</p>
                ) : null}
                {content[key].map((p) => {
                  const change = (next: Partial<ProvisionDoc>) =>
                    setProvision(
                      key,
                      content[key].map((q) => (q.id === p.id ? { ...q, ...next } : q)),
                    );
                  return (
                    <div key={p.id} data-testid={`edit-${p.id}`}>
                      <h3 className="govuk-heading-s">Provision {ref(p.id)}</h3>
                      <TextArea
                        id={`${p.id}-what`}
                        label={`What is provided (${ref(p.id)})`}
                        labelClass=""
                        hint="Specific: for example, one-to-one speech and language therapy"
                        value={p.what}
                        error={errorOf(`${p.id}-what`)}
                        onChange={(what) => change({ what })}
                        rows={3}
                      />
                      <TextField
                        id={`${p.id}-who`}
                        label={`Who provides it (${ref(p.id)})`}
                        hint="A role and its qualification, not a name"
                        value={p.who}
                        error={errorOf(`${p.id}-who`)}
                        onChange={(who) => change({ who })}
                      />
                      <TextField
                        id={`${p.id}-how_often`}
                        label={`How often (${ref(p.id)})`}
                        hint="For example, three 30-minute sessions a week"
                        value={p.how_often}
                        error={errorOf(`${p.id}-how_often`)}
                        onChange={(how_often) => change({ how_often })}
                      />
                      <TextField
                        id={`${p.id}-how_long`}
                        label={`For how long (${ref(p.id)})`}
                        hint="For example, until the annual review"
                        value={p.how_long}
                        error={errorOf(`${p.id}-how_long`)}
                        onChange={(how_long) => change({ how_long })}
                      />
                      {outcomeItems.length > 0 ? (
                        <CheckboxGroup
                          idPrefix={`${p.id}-outcome_ids`}
                          legend={`Which outcomes does ${ref(p.id)} serve?`}
                          items={outcomeItems}
                          values={p.outcome_ids}
                          error={errorOf(`${p.id}-outcome_ids`)}
                          onChange={(outcome_ids) => change({ outcome_ids })}
                          small
                        />
                      ) : null}
                      <SecondaryButton
                        onClick={() =>
                          setProvision(
                            key,
                            content[key].filter((q) => q.id !== p.id),
                          )
                        }
                      >
                        Remove provision {ref(p.id)}
                      </SecondaryButton>
                    </div>
                  );
                })}
                <SecondaryButton
                  onClick={() =>
                    setProvision(key, [
                      ...content[key],
                      {
                        id: nextId(prefix, content[key]),
                        what: "",
                        who: "",
                        how_often: "",
                        how_long: "",
                        outcome_ids: [],
                      },
                    ])
                  }
                >
                  Add provision
                  <span className="govuk-visually-hidden"> to {sectionTitle(letter)}</span>
                </SecondaryButton>
              </Section>
            ))}

            <Section letter="i" plan={latest}>
              <Placement
                enabled={shared}
                content={content}
                error={errorOf("placement-setting")}
                onChange={(placement) => update((c) => ({ ...c, placement }))}
              />
            </Section>

            <Section letter="j" plan={latest}>
              <TextArea
                id="personal_budget"
                label="The personal budget, if there is one"
                value={content.personal_budget}
                error={errorOf("personal_budget")}
                onChange={(personal_budget) => update((c) => ({ ...c, personal_budget }))}
              />
            </Section>

            <Section letter="k" plan={latest}>
              <SectionBody letter="k" content={content} />
            </Section>

            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
            >
              Save and go back to the plan
            </button>
          </form>
          <FamilyRequests representations={latest.representations} />
          <ConsultationsList caseId={file.id} consultations={latest.consultations} />
        </Page>
      </div>
    </div>
  );
}

/** Section I: the setting named, chosen from the settings, once the family have the draft. */
function Placement({
  enabled,
  content,
  error,
  onChange,
}: {
  enabled: boolean;
  content: PlanContent;
  error: string | undefined;
  onChange: (placement: PlanContent["placement"]) => void;
}) {
  const settings = useAllSettings();
  const placement = content.placement ?? null;
  const settingId = placement?.setting_id ?? "";
  const hintId = "placement-hint";
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" disabled={!enabled} aria-describedby={hintId}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          The school, college or other setting named
        </legend>
        <div className="govuk-hint" id={hintId}>
          {enabled
            ? "Choose a setting from the list, or write the name of one that is not listed."
            : "You can name the placement once the draft has been shared with the family."}
        </div>
        {error ? <ErrorMessage id="placement-setting-error">{error}</ErrorMessage> : null}
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="placement-setting">
            Setting
          </label>
          <select
            className={`govuk-select${error ? " govuk-select--error" : ""}`}
            id="placement-setting"
            name="placement-setting"
            value={settingId}
            disabled={!enabled}
            onChange={(event) => {
              const chosen = (settings.data ?? []).find((s) => s.id === event.target.value);
              onChange(
                chosen
                  ? { setting_id: chosen.id, name: chosen.name }
                  : { setting_id: null, name: placement?.name ?? "" },
              );
            }}
          >
            <option value="">Not chosen</option>
            {(settings.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="placement-name">
            Name as it will appear in the plan
          </label>
          <input
            className="govuk-input"
            id="placement-name"
            name="placement-name"
            type="text"
            value={placement?.name ?? ""}
            disabled={!enabled}
            onChange={(event) =>
              onChange({ setting_id: placement?.setting_id ?? null, name: event.target.value })
            }
          />
        </div>
      </fieldset>
    </div>
  );
}
