// Changing one letter's wording: its title and body, the values it may use, and
// a preview filled with example values (the server renders it, as HTML-like
// blocks or as the PDF itself, so the preview is exactly what would be printed).
// Saving applies from the next letter printed; "go back to the default wording"
// asks first (the step is in the address, ?confirm=reset).
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { ErrorMessage } from "../../govuk/ErrorMessage";
import { NotificationBanner } from "../../govuk/NotificationBanner";
import { TextInput } from "../../govuk/TextInput";
import { FormErrorSummary, useFormErrors, type FieldMessage } from "../sign-in/formErrors";
import {
  letterPlaceholderDescription,
  LETTER_TEMPLATES_KEY,
  useLetterTemplates,
  type LetterPreview,
  type LetterPreviewBlock,
  type LetterTemplate,
  type LetterWording,
} from "./LetterTemplateQueries";
import type { LetterTemplateSaved } from "./LetterTemplatesPage";
import "./letter-templates.scss";

const LIST = "/admin/letter-templates";

/** The checks made before asking the server: nothing left empty. */
function emptyFields(wording: LetterWording): FieldMessage[] {
  const problems: FieldMessage[] = [];
  if (!wording.title.trim()) problems.push({ field: "title", message: "Enter the letter's title" });
  if (!wording.body.trim()) problems.push({ field: "body", message: "Enter the letter's wording" });
  return problems;
}

/** The file name the server gives in Content-Disposition, or a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get("Content-Disposition") ?? "";
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1] ?? fallback;
}

/** Hands a PDF to the browser to open or save, then lets go of it. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Long enough for the browser to have started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A letter's pieces as the family would read them. */
export function LetterBlocks({ blocks }: { blocks: LetterPreviewBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.kind === "heading") {
          return (
            <h3 className="govuk-heading-s app-break-anywhere" key={index}>
              {block.text}
            </h3>
          );
        }
        if (block.kind === "paragraph") {
          return (
            <p className="govuk-body app-letter-preview__paragraph" key={index}>
              {block.text}
            </p>
          );
        }
        return (
          <ul className="govuk-list govuk-list--bullet app-break-anywhere" key={index}>
            {block.items.map((item, n) => (
              <li key={n}>{item}</li>
            ))}
          </ul>
        );
      })}
    </>
  );
}

function BodyHint({ template }: { template: LetterTemplate }) {
  return (
    <div id="body-hint" className="govuk-hint">
      <p className="govuk-!-margin-top-0 govuk-!-margin-bottom-2">
        Where the letter needs a value, type its name in double brackets, like ((value)).
        {template.placeholders.length > 0
          ? " This letter may use only these:"
          : " This letter has no values to use."}
      </p>
      {template.placeholders.length > 0 ? (
        <ul
          className="govuk-list govuk-list--bullet govuk-hint govuk-!-margin-bottom-2"
          aria-label="Values this letter may use"
        >
          {template.placeholders.map((name) => {
            const description = letterPlaceholderDescription(name);
            return (
              <li key={name}>
                <code className="app-code app-break-anywhere">(({name}))</code>
                {description ? ` – ${description}` : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="govuk-!-margin-bottom-0">
        A line starting “## ” is a heading. Lines starting “- ” make a list. A blank line starts a
        new paragraph.
      </p>
    </div>
  );
}

function Editor({ template }: { template: LetterTemplate }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState(template.wording.title);
  const [body, setBody] = useState(template.wording.body);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ of: LetterWording; letter: LetterPreview } | null>(null);
  const { errors, attempt, showFields, showProblem, clear } = useFormErrors();
  const wording: LetterWording = { title, body };

  /** Runs one request at a time, after the browser's checks (nothing left empty). */
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    const problems = emptyFields(wording);
    if (problems.length > 0) return showFields(problems);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const onPreview = () =>
    run(async () => {
      const asked = { ...wording };
      const { data, error, response } = await client.POST(
        "/api/v1/admin/letter-templates/{key}/preview",
        { params: { path: { key: template.key } }, body: asked },
      );
      if (data) {
        clear();
        setPreview({ of: asked, letter: data });
      } else {
        showProblem(error, response.status);
      }
    });

  const onPreviewPdf = () =>
    run(async () => {
      const { data, error, response } = await client.POST(
        "/api/v1/admin/letter-templates/{key}/preview/pdf",
        { params: { path: { key: template.key } }, body: { ...wording }, parseAs: "blob" },
      );
      if (data) {
        clear();
        saveBlob(data, fileNameOf(response, `preview-${template.key}.pdf`));
      } else {
        showProblem(error, response.status);
      }
    });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const { data, error, response } = await client.PUT("/api/v1/admin/letter-templates/{key}", {
        params: { path: { key: template.key } },
        body: { ...wording },
      });
      if (data) {
        await queryClient.invalidateQueries({ queryKey: LETTER_TEMPLATES_KEY });
        const state: LetterTemplateSaved = { saved: template.name, reset: false };
        await navigate(LIST, { state });
      } else {
        showProblem(error, response.status);
      }
    });
  };

  const bodyError = errors?.byField.body;
  const stale = preview && (preview.of.title !== title || preview.of.body !== body);
  const pageTitle = `Change the wording: ${template.name}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={LIST}>
          Back to letter wording
        </Link>
        <FormErrorSummary errors={errors} attempt={attempt} />
        <NotificationBanner>
          <p className="govuk-notification-banner__heading">
            Changes apply from the next letter printed.
          </p>
          <p className="govuk-body">
            Letters are printed when someone downloads them, so a letter already on a case will use
            the new wording the next time it is downloaded.
          </p>
        </NotificationBanner>
        <Page
          title={errors ? `Error: ${pageTitle}` : pageTitle}
          heading={template.name}
          caption="Change the wording"
        >
          <form noValidate onSubmit={onSubmit}>
            <TextInput
              id="title"
              name="title"
              label="Title"
              hint="On the letter's first page."
              error={errors?.byField.title}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              spellCheck
              autoComplete="off"
            />
            <div className={`govuk-form-group${bodyError ? " govuk-form-group--error" : ""}`}>
              <label className="govuk-label" htmlFor="body">
                Body
              </label>
              <BodyHint template={template} />
              {bodyError ? <ErrorMessage id="body-error">{bodyError}</ErrorMessage> : null}
              <textarea
                className={`govuk-textarea${bodyError ? " govuk-textarea--error" : ""}`}
                id="body"
                name="body"
                rows={16}
                value={body}
                onChange={(event) => setBody(event.target.value)}
                aria-describedby={bodyError ? "body-hint body-error" : "body-hint"}
                spellCheck
              />
            </div>

            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                disabled={busy}
                aria-disabled={busy}
                onClick={() => void onPreview()}
              >
                Preview
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                disabled={busy}
                aria-disabled={busy}
                onClick={() => void onPreviewPdf()}
              >
                Preview as PDF
              </button>
            </div>

            {preview ? (
              <>
                <h2 className="govuk-heading-m">Preview</h2>
                <p className="govuk-body">
                  With example values, as a family would read it. Nothing is saved or sent.
                </p>
                {stale ? (
                  <p className="govuk-body govuk-!-font-weight-bold">
                    You have changed the wording since this preview. Select “Preview” again to see
                    the change.
                  </p>
                ) : null}
                <section className="govuk-inset-text" aria-label="Preview" data-testid="preview">
                  <p className="govuk-body-l govuk-!-font-weight-bold app-break-anywhere">
                    {preview.letter.title}
                  </p>
                  <LetterBlocks blocks={preview.letter.blocks} />
                </section>
              </>
            ) : null}

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
                  to={`${LIST}/${template.key}?confirm=reset`}
                >
                  Go back to the default wording
                </Link>
              ) : null}
              <Link className="govuk-link" to={LIST}>
                Cancel
              </Link>
            </div>
          </form>
        </Page>
      </div>
    </div>
  );
}

function ConfirmReset({ template }: { template: LetterTemplate }) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const { errors, attempt, showProblem } = useFormErrors();
  const back = `${LIST}/${template.key}`;

  const reset = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data, error, response } = await client.DELETE(
        "/api/v1/admin/letter-templates/{key}",
        { params: { path: { key: template.key } } },
      );
      if (data) {
        await queryClient.invalidateQueries({ queryKey: LETTER_TEMPLATES_KEY });
        const state: LetterTemplateSaved = { saved: template.name, reset: true };
        await navigate(LIST, { state });
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
        <Page
          title={`Are you sure you want to go back to the default wording of “${template.name}”?`}
        >
          <p className="govuk-body">
            The wording your local authority chose for this letter will be lost. The next letter
            printed will use this wording:
          </p>
          <div className="govuk-inset-text">
            <p className="govuk-body govuk-!-font-weight-bold app-break-anywhere">
              {template.default_wording.title}
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
              Yes, go back to the default wording
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

export function LetterTemplatePage() {
  const { key = "" } = useParams();
  const [params] = useSearchParams();
  const templates = useLetterTemplates();

  if (templates.isPending) return <p className="govuk-body">Loading…</p>;
  const template = templates.data?.find((t) => t.key === key);
  if (!template) {
    return (
      <Page
        title={
          templates.isError ? "Sorry, there is a problem with the service" : "Letter not found"
        }
      >
        <p className="govuk-body">
          {templates.isError
            ? "Try again in a few minutes."
            : "There is no letter of this type. The address may have been typed wrongly."}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={LIST}>
            Back to letter wording
          </Link>
        </p>
      </Page>
    );
  }
  if (params.get("confirm") === "reset" && template.customised) {
    return <ConfirmReset template={template} />;
  }
  // Keyed by the letter only: a refetch in the background never replaces what is typed.
  return <Editor key={template.key} template={template} />;
}
