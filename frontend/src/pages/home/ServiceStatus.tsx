// Whether the service and its database are working, from /readyz.
import { useReadiness, type Readiness } from "../../api/queries";
import { SummaryList } from "../../govuk/SummaryList";
import { Tag } from "../../govuk/Tag";

const DATABASE_NAMES: Record<Readiness["database"], string> = {
  sqlite: "SQLite",
  postgresql: "PostgreSQL",
};

export function ServiceStatus() {
  const readiness = useReadiness();

  if (readiness.isPending) {
    return (
      <p className="govuk-body" role="status">
        Checking the service…
      </p>
    );
  }

  if (readiness.isError) {
    return (
      <SummaryList
        rows={[
          { key: "Service", value: <Tag colour="red">Cannot be reached</Tag> },
          { key: "Database", value: <Tag colour="grey">Unknown</Tag> },
        ]}
      />
    );
  }

  const result = readiness.data;
  if (result.ready) {
    return (
      <SummaryList
        rows={[
          { key: "Service", value: <Tag colour="green">Ready</Tag> },
          {
            key: "Database",
            value: (
              <>
                <Tag colour="green">Ready</Tag> {DATABASE_NAMES[result.readiness.database]}
              </>
            ),
          },
        ]}
      />
    );
  }

  return (
    <>
      <SummaryList
        rows={[
          { key: "Service", value: <Tag colour="red">Not ready</Tag> },
          {
            key: "Database",
            value: <Tag colour="red">{result.status === 503 ? "Not available" : "Unknown"}</Tag>,
          },
        ]}
      />
      {result.detail ? <p className="govuk-body">{result.detail}</p> : null}
    </>
  );
}
