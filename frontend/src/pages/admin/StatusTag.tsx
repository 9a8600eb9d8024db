import { Tag } from "../../govuk/Tag";
import { statusOf } from "./labels";

export function StatusTag({ status }: { status: string }) {
  const s = statusOf(status);
  return <Tag colour={s.colour}>{s.label}</Tag>;
}
