// The time-out warning: a modal dialog (role="dialog", aria-modal, labelled by
// its heading) that holds focus until it closes, then gives focus back. The
// countdown on screen changes every second, but screen readers hear it only a
// few times (a polite live region updated at 2 minutes, under a minute and under
// 20 seconds), not every second.
import { useEffect, useId, useLayoutEffect, useRef } from "react";
import { createPortal } from "react-dom";

interface TimeoutDialogProps {
  remainingMs: number;
  /** The 12-hour limit, not inactivity: staying signed in cannot help. */
  final: boolean;
  onStaySignedIn: () => void;
  onSignOut: () => void;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "1 minute 59 seconds", "2 minutes", "45 seconds". */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return plural(seconds, "second");
  return seconds === 0
    ? plural(minutes, "minute")
    : `${plural(minutes, "minute")} ${plural(seconds, "second")}`;
}

/** What screen readers are told: changes only a few times. */
export function spokenCountdown(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds > 60)
    return `You will be signed out in ${plural(Math.ceil(seconds / 60), "minute")}.`;
  if (seconds > 20) return "You will be signed out in less than a minute.";
  return "You will be signed out in less than 20 seconds.";
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex="0"]';

export function TimeoutDialog({
  remainingMs,
  final,
  onStaySignedIn,
  onSignOut,
}: TimeoutDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const descriptionId = useId();

  // Open: everything else becomes inert, focus moves in. Close: it comes back.
  // (A layout effect, so that this happens in the same moment as the dialog
  // appears and disappears.)
  useLayoutEffect(() => {
    const returnFocusTo = document.activeElement;
    const madeInert: Element[] = [];
    for (const element of Array.from(document.body.children)) {
      if (element === overlayRef.current || element.hasAttribute("inert")) continue;
      if (element.tagName === "SCRIPT") continue;
      element.setAttribute("inert", "");
      madeInert.push(element);
    }
    document.documentElement.classList.add("app-modal-open");
    dialogRef.current?.focus();
    return () => {
      for (const element of madeInert) element.removeAttribute("inert");
      document.documentElement.classList.remove("app-modal-open");
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) {
        returnFocusTo.focus();
      }
    };
  }, []);

  // Escape means "stay signed in"; Tab and Shift+Tab go round inside the dialog.
  const onStay = useRef(onStaySignedIn);
  useEffect(() => {
    onStay.current = onStaySignedIn;
  }, [onStaySignedIn]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (event.key === "Escape") {
        event.preventDefault();
        onStay.current();
        return;
      }
      if (event.key !== "Tab") return;
      const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      const active = document.activeElement;
      const inside = active instanceof Node && dialog.contains(active);
      if (event.shiftKey && (!inside || active === first || active === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (!inside || active === last || active === dialog)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const countdown = formatCountdown(remainingMs);
  return createPortal(
    <div className="app-modal-overlay" ref={overlayRef}>
      <div
        ref={dialogRef}
        className="app-modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-describedby={descriptionId}
        tabIndex={-1}
      >
        <h2 className="govuk-heading-m" id={headingId}>
          You are about to be signed out
        </h2>
        <p className="govuk-body" aria-hidden="true" data-testid="timeout-countdown">
          You will be signed out in <strong>{countdown}</strong>.
        </p>
        <div id={descriptionId}>
          <p className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
            {spokenCountdown(remainingMs)}
          </p>
          {final ? (
            <p className="govuk-body">
              You have been signed in for the longest time we allow. Save anything you are working
              on, then sign in again.
            </p>
          ) : (
            <p className="govuk-body">
              We sign you out when you have not done anything for a while, to keep children&apos;s
              information safe.
            </p>
          )}
        </div>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={onStaySignedIn}>
            {final ? "Continue" : "Stay signed in"}
          </button>
          <button type="button" className="govuk-link app-link-button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
