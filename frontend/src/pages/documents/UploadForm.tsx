// Adding a file: the hook that sends it and keeps the errors to show, and the
// form (a GOV.UK file upload and a button). The page puts the error summary
// above its heading and the form where it belongs; the server's refusal (too
// large, not an allowed type, empty, a virus, no scanner) names the field
// `file` and its message shows in both places.
import { useCallback, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useApiClient } from "../../api/client";
import {
  ACCEPTED_FILES,
  uploadDocument,
  type DocumentBody,
  type UploadTarget,
} from "../../api/upload";
import { FileUpload } from "../../govuk/FileUpload";
import { useFormErrors } from "../sign-in/formErrors";

/** The id of the file input, and the field the server's errors name. */
export const FILE_FIELD = "file";

export const UPLOAD_HINT =
  "You can add a PDF, a Word document (DOCX), a photo (JPEG, PNG, GIF, WebP or HEIC) or a video (MP4, MOV or WebM). Documents and photos can be up to 20 MB, videos up to 100 MB.";

export const PHOTO_HINT = "A JPEG, PNG, GIF or WebP picture, up to 20 MB.";

export interface DocumentUpload {
  errors: ReturnType<typeof useFormErrors>["errors"];
  attempt: number;
  /** The name of the file on its way, if one is. */
  uploading: string | null;
  /** Sends `file`; resolves with the document kept, or null when it was refused. */
  submit: (file: File | undefined) => Promise<DocumentBody | null>;
}

export function useDocumentUpload(
  target: UploadTarget,
  {
    notFound,
    onUploaded,
  }: {
    /** What to say when the server answers 404: the person may no longer add here. */
    notFound: string;
    onUploaded: (document: DocumentBody) => void;
  },
): DocumentUpload {
  const client = useApiClient();
  const { errors, attempt, show, showFields, showProblem, clear } = useFormErrors();
  const [uploading, setUploading] = useState<string | null>(null);
  const busy = useRef(false);

  const submit = useCallback(
    async (file: File | undefined): Promise<DocumentBody | null> => {
      if (busy.current) return null;
      if (!file) {
        showFields([{ field: FILE_FIELD, message: "Select a file" }]);
        return null;
      }
      busy.current = true;
      setUploading(file.name || "the file");
      try {
        const result = await uploadDocument(client, target, file);
        if (result.ok) {
          clear();
          onUploaded(result.document);
          return result.document;
        }
        if (result.status === 404) {
          show({ summary: [], byField: {}, general: notFound });
        } else if (result.status === 413 && !result.problem?.errors?.length) {
          // Refused on its way in, before the service could say more.
          showFields([{ field: FILE_FIELD, message: "The selected file is too large" }]);
        } else {
          showProblem(result.problem, result.status);
        }
        return null;
      } catch (error) {
        showProblem(error, undefined);
        return null;
      } finally {
        busy.current = false;
        setUploading(null);
      }
    },
    [client, target, notFound, onUploaded, clear, show, showFields, showProblem],
  );

  return { errors, attempt, uploading, submit };
}

export function UploadForm({
  upload,
  label,
  labelClass = "govuk-label--m",
  submitText = "Upload file",
  accept = ACCEPTED_FILES,
  hint = UPLOAD_HINT,
  children,
}: {
  upload: DocumentUpload;
  label: ReactNode;
  labelClass?: string;
  submitText?: string;
  /** What the file picker offers (the server decides from the bytes). */
  accept?: string;
  hint?: string;
  /** Shown between the file input and the button (an inset, say). */
  children?: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const kept = await upload.submit(input.current?.files?.[0]);
    if (kept) form.reset();
  };
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <FileUpload
        id={FILE_FIELD}
        name={FILE_FIELD}
        label={label}
        labelClass={labelClass}
        hint={hint}
        error={upload.errors?.byField[FILE_FIELD]}
        accept={accept}
        inputRef={input}
      />
      {children}
      <div className="govuk-body" role="status">
        {upload.uploading
          ? `Uploading ${upload.uploading}. A large file or a video can take a few minutes.`
          : null}
      </div>
      <button
        type="submit"
        className="govuk-button"
        data-module="govuk-button"
        disabled={upload.uploading !== null}
      >
        {submitText}
      </button>
    </form>
  );
}
