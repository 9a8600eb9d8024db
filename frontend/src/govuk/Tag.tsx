import type { ReactNode } from "react";

export type TagColour =
  | "grey"
  | "green"
  | "turquoise"
  | "teal"
  | "blue"
  | "purple"
  | "magenta"
  | "pink"
  | "red"
  | "orange"
  | "yellow";

interface TagProps {
  colour?: TagColour;
  className?: string;
  children: ReactNode;
}

export function Tag({ colour, className, children }: TagProps) {
  const classes = ["govuk-tag", colour ? `govuk-tag--${colour}` : null, className];
  return <strong className={classes.filter(Boolean).join(" ")}>{children}</strong>;
}
