// The stage bar: the steps of the pathway in order, each done, current or not
// reached yet. The state is written out (not shown by colour alone), and the
// current step is marked aria-current="step". The steps wrap on a phone.
import type { CaseSummary } from "./queries";
import "./case-file.scss";

const STATE_TEXT: Record<string, string> = {
  done: "Done",
  current: "Current stage",
  not_reached: "Not reached yet",
};

export function StageBar({ steps }: { steps: CaseSummary["stage_bar"] }) {
  return (
    <ol className="app-stage-bar" aria-label="Stages of the case">
      {steps.map((step) => {
        const state = step.state in STATE_TEXT ? step.state : "not_reached";
        return (
          <li
            key={step.label}
            className={`app-stage-bar__step app-stage-bar__step--${state.replace("_", "-")}`}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="app-stage-bar__label">{step.label}</span>
            <span className="govuk-visually-hidden">: </span>
            <span className="app-stage-bar__state">{STATE_TEXT[state]}</span>
          </li>
        );
      })}
    </ol>
  );
}
