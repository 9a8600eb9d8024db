// "Are you completing this advice on behalf of someone else?" - if so, their
// name and job title; if not, the advice is from the person's own profile.
import { useState } from "react";
import { useAdviceDraft } from "./AdviceDraft";
import { RadioGroup, TextField } from "./form";
import { SectionPage, useFieldErrors } from "./SectionPage";

export function OnBehalfOfPage() {
  const { content, update } = useAdviceDraft();
  const errorFor = useFieldErrors();
  const other = content.on_behalf_of;
  // What was typed for someone else, kept while "No" is chosen in case they change back.
  const [remembered, setRemembered] = useState(other ?? { name: "", job_title: "" });
  const choose = (answer: "yes" | "no") => {
    if (answer === "yes") update((c) => ({ ...c, on_behalf_of: c.on_behalf_of ?? remembered }));
    else {
      if (other) setRemembered(other);
      update(
        (c) => ({ ...c, on_behalf_of: null }),
        (f) => f.startsWith("on_behalf_of"),
      );
    }
  };
  const setPart = (part: "name" | "job_title", value: string) =>
    update(
      (c) => ({
        ...c,
        on_behalf_of: { ...(c.on_behalf_of ?? { name: "", job_title: "" }), [part]: value },
      }),
      (f) => f === `on_behalf_of.${part}`,
    );
  return (
    <SectionPage section="on-behalf-of" title="Who the advice is from">
      <RadioGroup
        name="on_behalf_of"
        idPrefix="on_behalf_of"
        legend="Are you completing this advice on behalf of someone else?"
        hint="If not, your name and job title are taken from your profile."
        value={other ? "yes" : "no"}
        onChange={choose}
        items={[
          {
            value: "yes",
            label: "Yes",
            conditional: (
              <>
                <TextField
                  id="on_behalf_of-name"
                  label="Their full name"
                  value={other?.name ?? ""}
                  error={errorFor("on_behalf_of.name")}
                  onChange={(v) => setPart("name", v)}
                />
                <TextField
                  id="on_behalf_of-job_title"
                  label="Their job title or role"
                  value={other?.job_title ?? ""}
                  error={errorFor("on_behalf_of.job_title")}
                  onChange={(v) => setPart("job_title", v)}
                />
              </>
            ),
          },
          { value: "no", label: "No, it is my own advice" },
        ]}
      />
    </SectionPage>
  );
}
