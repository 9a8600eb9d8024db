// The questions of one section of a request, as controlled fields. The same
// questions serve a school's draft (one section a page, autosaved), a
// co-ordinator recording a posted request, and a family's public form (whose
// wording speaks to the family).
import type { ReactNode } from "react";
import { TextInput } from "../../govuk/TextInput";
import { fieldId, type RequestContent, type Section } from "./content";
import { dateFromParts, type DateParts } from "./dates";
import { Checkbox, ChoiceRadios, DateInput, Textarea } from "./fields";

export type Audience = "setting" | "coordinator" | "family";

export const INVALID_BORN_ON = "Date of birth must be a real date, for example 27 3 2018";

interface ContentFieldsProps {
  section: Section;
  audience: Audience;
  content: RequestContent;
  /** The date of birth boxes as typed (they may not make a date yet). */
  bornOn: DateParts;
  onBornOn: (parts: DateParts) => void;
  /** After each change; `field` is the server's name for what changed. */
  onChange: (field: string, next: RequestContent) => void;
  onBlur?: () => void;
  errorOf: (field: string) => string | undefined;
}

/** The content with the date of birth the boxes make, or unchanged while they make none. */
export function withBornOn(content: RequestContent, parts: DateParts): RequestContent | null {
  const date = dateFromParts(parts);
  if (date.kind === "invalid") return null;
  return {
    ...content,
    child: { ...content.child, born_on: date.kind === "date" ? date.iso : null },
  };
}

export function ContentFields({
  section,
  audience,
  content,
  bornOn,
  onBornOn,
  onChange,
  onBlur,
  errorOf,
}: ContentFieldsProps) {
  const family = audience === "family";

  const text = (
    field: string,
    label: ReactNode,
    value: string,
    set: (value: string) => RequestContent,
    extra: { hint?: ReactNode; type?: string; autoComplete?: string; width?: string } = {},
  ) => (
    <TextInput
      id={fieldId(field)}
      name={field}
      label={label}
      hint={extra.hint}
      type={extra.type}
      autoComplete={extra.autoComplete ?? "off"}
      spellCheck={false}
      widthClass={extra.width}
      error={errorOf(field)}
      value={value}
      onChange={(event) => onChange(field, set(event.target.value))}
      onBlur={onBlur}
    />
  );

  const area = (
    field: string,
    label: ReactNode,
    value: string,
    set: (value: string) => RequestContent,
    hint?: ReactNode,
    rows?: number,
  ) => (
    <Textarea
      id={fieldId(field)}
      name={field}
      label={label}
      labelSize="s"
      hint={hint}
      rows={rows}
      error={errorOf(field)}
      value={value}
      onChange={(event) => onChange(field, set(event.target.value))}
      onBlur={onBlur}
    />
  );

  const child = (change: Partial<RequestContent["child"]>) => ({
    ...content,
    child: { ...content.child, ...change },
  });
  const parent = (change: Partial<RequestContent["parent"]>) => ({
    ...content,
    parent: { ...content.parent, ...change },
  });

  switch (section.slug) {
    case "child":
      return (
        <>
          {text("child.given_names", "First name", content.child.given_names, (v) =>
            child({ given_names: v }),
          )}
          {text("child.family_name", "Last name", content.child.family_name, (v) =>
            child({ family_name: v }),
          )}
          <DateInput
            id="child-born_on"
            legend="Date of birth"
            hint="For example, 27 3 2018"
            value={bornOn}
            error={errorOf("child.born_on")}
            onChange={onBornOn}
            onBlur={onBlur}
          />
          {text(
            "child.preferred_language",
            family ? "Which language do you prefer? (optional)" : "Preferred language (optional)",
            content.child.preferred_language,
            (v) => child({ preferred_language: v }),
            {
              hint: family
                ? "Tell us if you or your child would prefer a language other than English, so that we can arrange an interpreter"
                : "The language the child and family prefer, if it is not English",
            },
          )}
          {family
            ? null
            : text(
                "child.parental_responsibility",
                "Who has parental responsibility (optional)",
                content.child.parental_responsibility,
                (v) => child({ parental_responsibility: v }),
                { hint: "For example, both parents, or the local authority" },
              )}
          <Checkbox
            id="child-looked_after"
            name="child.looked_after"
            label={
              family
                ? "My child is looked after by a local authority (in care)"
                : "The child is looked after by a local authority"
            }
            checked={content.child.looked_after}
            onChange={(checked) => onChange("child.looked_after", child({ looked_after: checked }))}
            onBlur={onBlur}
          />
        </>
      );
    case "parent":
      return (
        <>
          {text(
            "parent.name",
            family ? "Your full name" : "Full name",
            content.parent.name,
            (v) => parent({ name: v }),
            { autoComplete: family ? "name" : "off" },
          )}
          {text(
            "parent.relationship",
            family
              ? "Your relationship to the child (optional)"
              : "Relationship to the child (optional)",
            content.parent.relationship,
            (v) => parent({ relationship: v }),
            {
              hint: family
                ? "For example, mother, father or foster carer. If you are the young person, say so."
                : "For example, mother, father, foster carer, or the young person themself",
            },
          )}
          {text(
            "parent.email",
            family ? "Your email address" : "Email address",
            content.parent.email,
            (v) => parent({ email: v }),
            {
              type: "email",
              autoComplete: family ? "email" : "off",
              hint: family
                ? "We will send you an invitation to register here, so that you can follow the request"
                : "Give an email address or a phone number, or both",
            },
          )}
          {text(
            "parent.phone",
            family ? "Your phone number (optional)" : "Phone number",
            content.parent.phone,
            (v) => parent({ phone: v }),
            { type: "tel", width: "govuk-input--width-20", autoComplete: family ? "tel" : "off" },
          )}
          {area(
            "parent.address",
            family ? "Your address (optional)" : "Address (optional)",
            content.parent.address,
            (v) => parent({ address: v }),
            undefined,
            3,
          )}
        </>
      );
    case "concerns":
      return area(
        "concerns",
        family
          ? "What are your concerns about your child's needs?"
          : "Why are you asking for an assessment?",
        content.concerns,
        (v) => ({ ...content, concerns: v }),
        family
          ? "Tell us about your child's difficulties, how they affect their learning and daily life, and the help they get now."
          : "Describe the child's difficulties, how they affect their learning and daily life, and why you think the support they need cannot be given without an EHC plan.",
        10,
      );
    case "support":
      return area(
        "support_so_far",
        audience === "coordinator"
          ? "Support given so far, and its effect (optional)"
          : "What support has the setting given, and what effect has it had?",
        content.support_so_far,
        (v) => ({ ...content, support_so_far: v }),
        "Include the special educational provision made (assess, plan, do, review), any advice from specialists, and how the child responded.",
        10,
      );
    case "views":
      return (
        <>
          {area(
            "parent_views",
            family ? "Your views (optional)" : "The parent or carer's views",
            content.parent_views,
            (v) => ({ ...content, parent_views: v }),
            family
              ? "What you would like the local authority to know, and what you hope for your child."
              : "What the family said about their child's needs and what they hope for.",
          )}
          {area(
            "child_views",
            family ? "Your child's views (optional)" : "The child or young person's views",
            content.child_views,
            (v) => ({ ...content, child_views: v }),
            "In their own words where you can: what they like, find hard, and would like to happen.",
          )}
        </>
      );
    case "agreement":
      return (
        <ChoiceRadios
          name="parent_agrees"
          idPrefix="parent_agrees"
          legend="Do the parents know about this request and agree to it?"
          hint="The local authority will contact them. A request cannot be sent without their agreement."
          error={errorOf("parent_agrees")}
          inline
          items={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          value={
            content.parent_agrees === true ? "yes" : content.parent_agrees === false ? "no" : null
          }
          onChange={(value) =>
            onChange("parent_agrees", { ...content, parent_agrees: value === "yes" })
          }
        />
      );
  }
}
