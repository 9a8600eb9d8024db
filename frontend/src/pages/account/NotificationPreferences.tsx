// On the account page: whether notifications also come by email. They always
// appear in the service; messages about the account's security (codes,
// invitations, resets) always come by email or text message whatever is chosen.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useLocation } from "react-router";
import { useApiClient } from "../../api/client";
import { ApiError, isProblem } from "../../api/problem";

export const PREFERENCES_KEY = ["notification-preferences"] as const;

interface Props {
  /** Called with the saved choice (true: also by email). */
  onSaved: (email: boolean) => void;
  /** Called when saving failed, to show the error summary at the top of the page. */
  onFailed: () => void;
}

export function NotificationPreferences({ onSaved, onFailed }: Props) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const preferences = useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: async ({ signal }) => {
      const { data, error, response } = await client.GET("/api/v1/me/notification-preferences", {
        signal,
      });
      if (data) return data;
      throw new ApiError(response.status, isProblem(error) ? error : undefined);
    },
  });

  // Arriving from the inbox's "choose whether these also come by email" link.
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  const loaded = preferences.isSuccess;
  useEffect(() => {
    if (loaded && hash === "#notifications") heading.current?.scrollIntoView();
  }, [loaded, hash]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const email = new FormData(event.currentTarget).get("email") === "yes";
    setBusy(true);
    try {
      const { data } = await client.PUT("/api/v1/me/notification-preferences", {
        body: { email },
      });
      if (!data) return onFailed();
      queryClient.setQueryData(PREFERENCES_KEY, data);
      onSaved(data.email);
    } catch {
      onFailed();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2 className="govuk-heading-m" id="notifications" ref={heading}>
        Notifications
      </h2>
      <p className="govuk-body">
        You get notifications about your work, such as a deadline coming up, in{" "}
        <Link className="govuk-link" to="/notifications">
          your notifications
        </Link>{" "}
        in this service.
      </p>
      {preferences.isPending ? <p className="govuk-body">Loading…</p> : null}
      {preferences.isError ? (
        <p className="govuk-body">
          We could not get your notification settings. Try again in a few minutes.
        </p>
      ) : null}
      {preferences.data ? (
        // Keyed by the stored choice, so the box shows it again after a save elsewhere.
        <form
          key={String(preferences.data.email)}
          noValidate
          onSubmit={(event) => void onSubmit(event)}
        >
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby="email-notifications-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Email</legend>
              <div id="email-notifications-hint" className="govuk-hint">
                Messages about your account&apos;s security – sign-in codes, invitations and
                password resets – always come by email or text message, whatever you choose here.
              </div>
              <div className="govuk-checkboxes" data-module="govuk-checkboxes">
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id="email-notifications"
                    name="email"
                    type="checkbox"
                    value="yes"
                    defaultChecked={preferences.data.email}
                  />
                  <label
                    className="govuk-label govuk-checkboxes__label"
                    htmlFor="email-notifications"
                  >
                    Also send me my notifications by email
                  </label>
                </div>
              </div>
            </fieldset>
          </div>
          <button
            type="submit"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            disabled={busy}
            aria-disabled={busy}
          >
            Save notification settings
          </button>
        </form>
      ) : null}
    </>
  );
}
