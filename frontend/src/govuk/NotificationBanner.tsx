import { NotificationBanner as GovukNotificationBanner } from "govuk-frontend";
import { useId, useRef, type ReactNode } from "react";
import { useGovukComponent } from "./useGovukComponent";

interface NotificationBannerProps {
  /** "success" banners take focus and announce themselves (role="alert"). */
  type?: "success";
  title?: string;
  children: ReactNode;
}

export function NotificationBanner({ type, title, children }: NotificationBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useGovukComponent(ref, GovukNotificationBanner);
  const success = type === "success";
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
