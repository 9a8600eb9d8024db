// Changing one message's wording: its subject and body, the placeholders it may
// use, and a preview filled with example values that follows the typing (the
// server renders it, so the preview is exactly what would be sent). Saving
// applies from the next message; "reset" goes back to the default wording,
// after asking (the step is in the address, ?confirm=reset).
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { isProblem } from "../../api/problem";
import { Page } from "../../app/Page";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { TextInput } from "../../govuk/TextInput";
import { FormErrorSummary, useFormErrors, type FieldMessage } from "../sign-in/formErrors";
import {
  channelLabel,
  placeholderDescription,
  templateName,
  TEMPLATES_KEY,
  useTemplates,
  type MessageTemplate,
  type Wording,
} from "./TemplateQueries";
import type { TemplateSaved } from "./TemplatesPage";

/** How long typing must pause before the preview is asked for again. */
export const PREVIEW_DELAY_MS = 400;

function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

type Preview = { ok: true; wording: Wording } | { ok: false; message: string };

function usePreview(key: string, subject: string, body: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...TEMPLATES_KEY, key, "preview", subject, body],
    queryFn: async ({ signal }): Promise<Preview> => {
      const { data, error } = await client.POST("/api/v1/admin/message-templates/{key}/preview", {
        params: { path: { key } },
        body: { subject, body },
        signal,
      });
      if (data) return { ok: true, wording: data };
      const why = isProblem(error)
        ? (error.errors?.[0]?.message ?? error.detail ?? error.title)
        : "the service did not answer";
      return { ok: false, message: why };
    },
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

function Placeholders({ template }: { template: MessageTemplate }) {
  if (template.placeholders.length === 0) {
    return <p className="govuk-body">This message has no placeholders.</p>;
  }
  return (
    <>
      <p className="govuk-body" id="placeholders-intro">
        Where the message needs a value, type its placeholder in double brackets. This message may
        use only these:
      </p>
      <ul className="govuk-list govuk-list--bullet" aria-labelledby="placeholders-intro">
        {template.placeholders.map((name) => {
          const description = placeholderDescription(name);
          return (
            <li key={name}>
              <code className="app-code">(({name}))</code>
              {description ? ` – ${description}` : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Editor({ template }: { template: MessageTemplate }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const name = templateName(template.key);
  const [subject, setSubject] = useState(template.wording.subject);
  const [body, setBody] = useState(template.wording.body);
  const [busy, setBusy] = useState(false);
  const { errors, attempt, showFields, showProblem } = useFormErrors();
  const preview = usePreview(
    template.key,
    useDebounced(subject, PREVIEW_DELAY_MS),
    useDebounced(body, PREVIEW_DELAY_MS),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems: FieldMessage[] = [];
    if (!subject.trim()) problems.push({ field: "subject", message: "Enter a subject" });
    if (!body.trim()) problems.push({ field: "body", message: "Enter the message" });
    if (problems.length > 0) return showFields(problems);
    setBusy(true);
    try {
      const { data, error, response } = await client.PUT("/api/v1/admin/message-templates/{key}", {
        params: { path: { key: template.key } },
        body: { subject, body },
      });
      if (data) {
        await queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
        const state: TemplateSaved = { saved: template.key, reset: false };
        await navigate("/admin/templates", { state });
      } else {
        showProblem(error, response.status);
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const bodyError = errors?.byField.body;
  const title = `Change the wording: ${name}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to="/admin/templates">
          Back to message templates
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <NotificationBanner>
          <p className="govuk-notification-banner__heading">
            Changes take effect from the next message.
          </p>
          <p className="govuk-body">
            Messages already sent, or waiting to be sent, keep the wording they had.
          </p>
        </NotificationBanner>
        <Page
          title={errors ? `Error: ${title}` : title}
          heading={name}
          caption="Change the wording"
        >
          <p className="govuk-body">
            Sent as: {channelLabel(template.channel).toLowerCase()}
            {template.always_sent
              ? ". It is about the person's account security, so it is always sent."
              : ". It also appears in the person's notifications in the service."}
          </p>
          <Placeholders template={template} />
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="subject"
              name="subject"
              label="Subject"
              hint={
                template.channel === "sms"
                  ? "Text messages are sent without a subject: it is shown in the service only."
                  : undefined
              }
              error={errors?.byField.subject}
              value={subject}
              onChange={(event) => setSubject(event.target.value)}
              spellCheck
              autoComplete="off"
            />
            <div className={`govuk-form-group${bodyError ? " govuk-form-group--error" : ""}`}>
              <label className="govuk-label" htmlFor="body">
                Message
              </label>
              {bodyError ? <ErrorMessage id="body-error">{bodyError}</ErrorMessage> : null}
              <textarea
                className={`govuk-textarea${bodyError ? " govuk-textarea--error" : ""}`}
                id="body"
                name="body"
                rows={12}
                value={body}
                onChange={(event) => setBody(event.target.value)}
                aria-describedby={bodyError ? "body-error" : undefined}
                spellCheck
              />
            </div>

            <h2 className="govuk-heading-m">Preview</h2>
            <p className="govuk-body">
              With example values, as a person would get it. Nothing is saved or sent.
            </p>
            <section
              className="govuk-inset-text"
              aria-label="Preview"
              aria-busy={preview.isFetching}
              data-testid="preview"
            >
              {preview.data?.ok ? (
                <>
                  <p className="govuk-body govuk-!-font-weight-bold app-break-anywhere">
                    {preview.data.wording.subject}
                  </p>
                  <div className="govuk-body app-message__body">{preview.data.wording.body}</div>
                </>
              ) : preview.data ? (
                <p className="govuk-body">
                  The preview cannot be shown: {preview.data.message}. Saving will not work until
                  this is put right.
                </p>
              ) : (
                <p className="govuk-body">Loading the preview…</p>
              )}
            </section>

            <div className="govuk-button-group">
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={busy}
                aria-disabled={busy}
              >
                Save wording
              </button>
              {template.customised ? (
                <Link
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  role="button"
                  draggable={false}
                  to={`/admin/templates/${template.key}?confirm=reset`}
                >
                  Reset to the default wording
                </Link>
              ) : null}
              <Link className="govuk-link" to="/admin/templates">
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}

function ConfirmReset({ template }: { template: MessageTemplate }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const { errors, attempt, showProblem } = useFormErrors();
  const name = templateName(template.key);
  const back = `/admin/templates/${template.key}`;

  const reset = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data, error, response } = await client.DELETE(
        "/api/v1/admin/message-templates/{key}",
        { params: { path: { key: template.key } } },
      );
      if (data) {
        await queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
        const state: TemplateSaved = { saved: template.key, reset: true };
        await navigate("/admin/templates", { state });
      } else {
        showProblem(error, response.status);
      }
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <Page title={`Are you sure you want to go back to the default wording of “${name}”?`}>
          <p className="govuk-body">
            The wording your local authority chose for this message will be lost. The next message
            will use this wording:
          </p>
          <div className="govuk-inset-text">
            <p className="govuk-body govuk-!-font-weight-bold app-break-anywhere">
              {template.default_wording.subject}
            </p>
            <div className="govuk-body app-message__body">{template.default_wording.body}</div>
          </div>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              disabled={busy}
              aria-disabled={busy}
              onClick={() => void reset()}
            >
              Yes, use the default wording
            </button>
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </Page>
      </div>
    </div>
  );
}

export function TemplatePage() {
  const { key = "" } = useParams();
  const [params] = useSearchParams();
  const templates = useTemplates();

  if (templates.isPending) return <p className="govuk-body">Loading…</p>;
  const template = templates.data?.find((t) => t.key === key);
  if (!template) {
    return (
      <Page
        title={
          templates.isError ? "Sorry, there is a problem with the service" : "Message not found"
        }
      >
        <p className="govuk-body">
          {templates.isError
            ? "Try again in a few minutes."
            : "There is no message of this type. The address may have been typed wrongly."}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/admin/templates">
            Back to message templates
          </Link>
        </p>
      </Page>
    );
  }
  if (params.get("confirm") === "reset" && template.customised) {
    return <ConfirmReset template={template} />;
  }
  // Keyed by the message type only: a refetch in the background never replaces what is typed.
  return <Editor key={template.key} template={template} />;
}
