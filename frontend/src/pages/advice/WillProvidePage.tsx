// "Will you provide information and advice for this child or young person?":
// the six answers of the template, and the details of the answer (the reason,
// for "No - other").
import { useAdviceDraft } from "./AdviceDraft";
import { RadioGroup, TextArea } from "./form";
import { WILL_PROVIDE, type WillProvide } from "./labels";
import { SectionPage, useFieldErrors } from "./SectionPage";

export function WillProvidePage() {
  const { content, update } = useAdviceDraft();
  const errorFor = useFieldErrors();
  return (
    <SectionPage section="will-provide" title="Will you provide information and advice?">
      <RadioGroup<WillProvide>
        name="will_provide"
        idPrefix="will_provide"
        legend="Will you provide information and advice for this child or young person?"
        value={content.will_provide}
        error={errorFor("will_provide")}
        onChange={(value) =>
          update(
            (c) => ({ ...c, will_provide: value }),
            (f) => f.startsWith("will_provide"),
          )
        }
        items={WILL_PROVIDE.map((w) => ({ value: w.value, label: w.label }))}
      />
      <TextArea
        id="will_provide_details"
        label="Details"
        hint="Explain your answer. If you chose 'No - other', give the reason you will not provide advice."
        value={content.will_provide_details}
        error={errorFor("will_provide_details")}
        onChange={(value) =>
          update(
            (c) => ({ ...c, will_provide_details: value }),
            (f) => f === "will_provide_details",
          )
        }
      />
    </SectionPage>
  );
}
