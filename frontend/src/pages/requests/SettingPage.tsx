// Which school, college or nursery a request comes from. A SENCo who works in
// more than one setting chooses before the draft is started (one question on a
// page of its own), and can change it on the draft. Someone who works in one
// setting is never asked: the server takes their only setting.
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, Navigate, useLocation, useNavigate, useParams } from "react-router";
import { useApiClient } from "../../api/client";
import { Page } from "../../app/Page";
import { useMe, type Me } from "../../auth/session";
import { FormErrorSummary, useFormErrors } from "../sign-in/formErrors";
import { childNameOf, emptyContent, type AssessmentRequest } from "./content";
import { ChoiceRadios } from "./fields";
import { AlreadySent, Loading, RequestProblem } from "./parts";
import { ifMatch, requestKeys, useAssessmentRequest } from "./queries";

const FIELD_IDS = { setting_id: "setting_id" };
const QUESTION = "Which school, college or nursery is this request from?";
const NOTHING_CHOSEN = "Select the school, college or nursery the request is from";

/** The settings the signed-in person works in (none for most roles). */
export function settingsOf(me: Me | null | undefined): Me["settings"] {
  return me?.settings ?? [];
}

/** Whether the person must say which setting a request comes from. */
export function choosesSetting(me: Me | null | undefined): boolean {
  return settingsOf(me).length > 1;
}

/** What a page that links here asks to go back to afterwards. */
export interface SettingArrival {
  returnTo?: string;
}

function SettingForm({
  settings,
  initial,
  caption,
  busy,
  button,
  back,
  onChoose,
  errors,
}: {
  settings: Me["settings"];
  initial: string | null;
  caption?: string;
  busy: boolean;
  button: string;
  back: { to: string; text: string };
  onChoose: (settingId: string | null) => void;
  errors: ReturnType<typeof useFormErrors>;
}) {
  const [choice, setChoice] = useState<string | null>(initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChoose(choice);
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back.to}>
          {back.text}
        </Link>
        <FormErrorSummary errors={errors.errors} attempt={errors.attempt} />
        <Page
          title={errors.errors ? `Error: ${QUESTION}` : QUESTION}
          heading={QUESTION}
          caption={caption}
        >
          <form noValidate onSubmit={onSubmit}>
            <ChoiceRadios
              name="setting_id"
              idPrefix="setting_id"
              legend={<span className="govuk-visually-hidden">{QUESTION}</span>}
              hint="You work in more than one. The local authority will see that the request comes from the one you choose."
              error={errors.errors?.byField.setting_id}
              value={choice}
              onChange={setChoice}
              items={settings.map((setting) => ({ value: setting.id, label: setting.name }))}
            />
            <button
              type="submit"
              className="govuk-button"
              data-module="govuk-button"
              disabled={busy}
              aria-disabled={busy}
            >
              {button}
            </button>
          </form>
        </Page>
      </div>
    </div>
  );
}

/** "Start a new request" for someone who works in more than one setting. */
export function StartRequestPage() {
  const me = useMe();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const errors = useFormErrors(FIELD_IDS);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);

  if (me.isPending) return <Loading />;
  // Nothing to choose: the list's "Start a new request" starts it straight away.
  if (!choosesSetting(me.data)) return <Navigate to="/requests" replace />;

  const start = async (settingId: string | null) => {
    if (busy) return;
    if (!settingId) return errors.showFields([{ field: "setting_id", message: NOTHING_CHOSEN }]);
    setBusy(true);
    try {
      const { data, error, response } = await client.POST("/api/v1/assessment-requests", {
        params: { header: { "Idempotency-Key": idempotencyKey } },
        body: {
          content: emptyContent(),
          setting_id: settingId,
          received_on: null,
          received_via: null,
        },
      });
      if (data) {
        queryClient.setQueryData(requestKeys.one(data.id), data);
        void queryClient.invalidateQueries({ queryKey: requestKeys.list });
        void navigate(`/requests/${data.id}`, { replace: true });
        return;
      }
      errors.showProblem(error, response.status);
    } catch (error) {
      errors.showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SettingForm
      settings={settingsOf(me.data)}
      initial={null}
      busy={busy}
      button="Continue"
      back={{ to: "/requests", text: "Back to requests" }}
      onChoose={(settingId) => void start(settingId)}
      errors={errors}
    />
  );
}

/** Changing (or choosing, for an older draft) the setting a draft comes from. */
export function DraftSettingPage() {
  const { id = "" } = useParams();
  const draft = useAssessmentRequest(id);
  const me = useMe();
  if (draft.isPending || me.isPending) return <Loading />;
  if (draft.isError) return <RequestProblem error={draft.error} />;
  if (draft.data.status !== "draft") return <AlreadySent />;
  return (
    <ChangeSetting
      draft={draft.data}
      settings={settingsOf(me.data)}
      refetch={() => void draft.refetch()}
    />
  );
}

function ChangeSetting({
  draft,
  settings,
  refetch,
}: {
  draft: AssessmentRequest;
  settings: Me["settings"];
  refetch: () => void;
}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const arrival = (useLocation().state ?? {}) as SettingArrival;
  const errors = useFormErrors(FIELD_IDS);
  const [busy, setBusy] = useState(false);
  const back = arrival.returnTo ?? `/requests/${draft.id}`;

  const save = async (settingId: string | null) => {
    if (busy) return;
    if (!settingId) return errors.showFields([{ field: "setting_id", message: NOTHING_CHOSEN }]);
    setBusy(true);
    try {
      const { data, error, response } = await client.PUT("/api/v1/assessment-requests/{id}", {
        params: { path: { id: draft.id }, header: { "If-Match": ifMatch(draft.version) } },
        body: { content: draft.content, setting_id: settingId },
      });
      if (data) {
        queryClient.setQueryData(requestKeys.one(draft.id), data);
        void navigate(back, { replace: true });
        return;
      }
      if (response.status === 412) {
        errors.show({
          summary: [],
          byField: {},
          general: "Someone saved this draft after you opened this page. Choose again.",
        });
        refetch();
      } else errors.showProblem(error, response.status);
    } catch (error) {
      errors.showProblem(error, undefined);
    } finally {
      setBusy(false);
    }
  };

  const childName = childNameOf(draft.content);
  // Someone who works in one setting (a co-author, say) has nothing to choose from.
  if (settings.length <= 1) {
    return (
      <Page title="The setting this request is from">
        <p className="govuk-body">
          {draft.setting
            ? `This request is from ${draft.setting.name}.`
            : "The person who started this draft chooses the setting it is from."}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={back}>
            Go back
          </Link>
        </p>
      </Page>
    );
  }
  return (
    <SettingForm
      settings={settings}
      initial={draft.setting_id ?? null}
      caption={childName ? `Request for assessment: ${childName}` : "Request for assessment"}
      busy={busy}
      button="Save and continue"
      back={{ to: back, text: "Back" }}
      onChoose={(settingId) => void save(settingId)}
      errors={errors}
    />
  );
}
