// The five background questions; the first, fourth and fifth must be answered
// before the advice can be submitted.
import { useAdviceDraft } from "./AdviceDraft";
import { fieldId } from "./fields";
import { TextArea } from "./form";
import { BACKGROUND } from "./labels";
import { SectionPage, useFieldErrors } from "./SectionPage";

export function BackgroundPage() {
  const { content, update } = useAdviceDraft();
  const errorFor = useFieldErrors();
  return (
    <SectionPage section="background" title="Background">
      <p className="govuk-body">
        You must answer the questions not marked as optional before you can submit your advice.
      </p>
      {BACKGROUND.map((q) => {
        const field = `background.${q.key}`;
        return (
          <TextArea
            key={q.key}
            id={fieldId(field)}
            label={q.required ? q.label : `${q.label} (optional)`}
            hint={q.required ? undefined : "If relevant"}
            value={content.background[q.key]}
            error={errorFor(field)}
            onChange={(value) =>
              update(
                (c) => ({ ...c, background: { ...c.background, [q.key]: value } }),
                (f) => f === field,
              )
            }
          />
        );
      })}
    </SectionPage>
  );
}
