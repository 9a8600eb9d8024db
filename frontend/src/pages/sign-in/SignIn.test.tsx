import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { FakeBroadcastChannel } from "../../../test/fakeBroadcastChannel";
import {
  demoMe,
  EXAMPLESHIRE,
  json,
  NOT_SIGNED_IN,
  problem,
  type Handler,
} from "../../../test/fakeServer";
import { renderApp } from "../../../test/renderApp";

const me = () => demoMe(new Date(Date.now() + 30 * 60_000));
const signedOut: Record<string, Handler> = {
  "GET /api/v1/service": () => json(EXAMPLESHIRE),
  "GET /api/v1/me": () => problem(NOT_SIGNED_IN),
};

const wrongPassword = () =>
  problem({
    type: "https://ehc-hub.example/problems/unauthorized",
    title: "Not signed in",
    status: 401,
    detail: "Enter a correct email address and password.",
    errors: [
      {
        field: "password",
        code: "incorrect",
        message: "Enter a correct email address and password",
      },
    ],
  });

const wrongCode = (field = "code") =>
  problem({
    type: "https://ehc-hub.example/problems/unauthorized",
    title: "Not signed in",
    status: 401,
    detail: "The code is not right. Check it and try again",
    errors: [
      { field, code: "incorrect", message: "The code is not right. Check it and try again" },
    ],
  });

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.clone().text()) as unknown;
}

beforeEach(() => vi.stubGlobal("BroadcastChannel", FakeBroadcastChannel));
afterEach(() => {
  vi.unstubAllGlobals();
  FakeBroadcastChannel.reset();
});

describe("the sign-in page", () => {
  test("with nothing typed, says what is missing without asking the server", async () => {
    const user = userEvent.setup();
    const { requests } = renderApp("/sign-in", signedOut);
    await user.click(await screen.findByRole("button", { name: "Continue" }));

    const summary = screen.getByRole("alert");
    expect(within(summary).getByRole("link", { name: "Enter your email address" })).toHaveAttribute(
      "href",
      "#email",
    );
    expect(within(summary).getByRole("link", { name: "Enter your password" })).toHaveAttribute(
      "href",
      "#password",
    );
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription(
      "Error: Enter your email address",
    );
    expect(document.title).toMatch(/^Error: Sign in/);
    expect(requests.filter((r) => r.url.includes("/auth/"))).toHaveLength(0);
  });

  test("a wrong password: the server's error shows against the password", async () => {
    const user = userEvent.setup();
    renderApp("/sign-in", { ...signedOut, "POST /api/v1/auth/sign-in": wrongPassword });
    await user.type(await screen.findByLabelText("Email address"), "senco@example.org");
    await user.type(screen.getByLabelText("Password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Continue" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Enter a correct email address and password" }),
    ).toHaveAttribute("href", "#password");
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(
      "Error: Enter a correct email address and password",
    );
    expect(screen.getByLabelText("Email address")).not.toHaveAttribute("aria-describedby");
  });

  test("an email address the server cannot accept (422) is marked on the email field", async () => {
    const user = userEvent.setup();
    renderApp("/sign-in", {
      ...signedOut,
      "POST /api/v1/auth/sign-in": () =>
        problem({
          type: "https://ehc-hub.example/problems/validation",
          title: "Some of the information is not valid",
          status: 422,
          errors: [
            {
              field: "email",
              code: "invalid_email",
              message: "Enter an email address in the correct format, like name@example.com",
            },
          ],
        }),
    });
    await user.type(await screen.findByLabelText("Email address"), "senco");
    await user.type(screen.getByLabelText("Password"), "something");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByLabelText("Email address")).toHaveAccessibleDescription(
      /Error: Enter an email address in the correct format/,
    );
  });

  test("too many attempts (429): the server's advice is shown", async () => {
    const user = userEvent.setup();
    renderApp("/sign-in", {
      ...signedOut,
      "POST /api/v1/auth/sign-in": () =>
        problem({
          type: "about:blank",
          title: "Too many requests",
          status: 429,
          detail: "Too many attempts from here. Wait 42 seconds and try again.",
        }),
    });
    await user.type(await screen.findByLabelText("Email address"), "senco@example.org");
    await user.type(screen.getByLabelText("Password"), "something");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Too many attempts from here. Wait 42 seconds and try again.",
    );
  });

  test("the right password sends the CSRF header and moves on to setting up a second factor", async () => {
    const user = userEvent.setup();
    const { requests, router } = renderApp("/sign-in?next=%2Faccount", {
      ...signedOut,
      "POST /api/v1/auth/sign-in": () =>
        json({ next: "set_up_second_factor", method: null, phone_ending: null }),
    });
    await user.type(await screen.findByLabelText("Email address"), " senco@example.org ");
    await user.type(screen.getByLabelText("Password"), "violet harbour lantern");
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(
      await screen.findByRole("heading", { name: "Set up a second way to prove it is you" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/sign-in/set-up");
    expect(router.state.location.search).toBe("?next=%2Faccount");
    const signIn = requests.find((r) => r.url.endsWith("/api/v1/auth/sign-in"));
    expect(signIn?.headers.get("X-EHC-CSRF")).toBe("1");
    expect(signIn?.credentials).toBe("same-origin");
    expect(await bodyOf(signIn!)).toEqual({
      email: "senco@example.org",
      password: "violet harbour lantern",
    });
  });
});

describe("entering the code", () => {
  test("a wrong code is refused each time; the right one signs in and goes where they were going", async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const { requests, router } = renderApp("/sign-in/code?next=%2Faccount", {
      ...signedOut,
      "POST /api/v1/auth/sign-in/code": async (request) => {
        attempts += 1;
        const { code } = (await bodyOf(request)) as { code: string };
        return code === "654321" ? json({ me: me() }) : wrongCode();
      },
    });
    const code = await screen.findByLabelText("Code");
    expect(code).toHaveAttribute("autocomplete", "one-time-code");
    expect(code).toHaveAttribute("inputmode", "numeric");

    for (let i = 1; i <= 3; i += 1) {
      await user.clear(code);
      await user.type(code, "123456");
      await user.click(screen.getByRole("button", { name: "Continue" }));
      const summary = await screen.findByRole("alert");
      expect(summary).toHaveTextContent("The code is not right. Check it and try again");
      expect(summary.closest(".govuk-error-summary")).toHaveFocus();
      expect(attempts).toBe(i);
    }

    // Not six numbers: said at once, and the server is not asked.
    await user.clear(code);
    await user.type(code, "12a456");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The code must be 6 numbers, like 123456",
    );
    expect(attempts).toBe(3);

    await user.clear(code);
    await user.type(code, "654 321");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/account");
    expect(screen.getByRole("link", { name: "Sam Patel: your account" })).toBeVisible();
    const last = requests.filter((r) => r.url.endsWith("/auth/sign-in/code")).at(-1)!;
    expect(await bodyOf(last)).toEqual({ code: "654321" });
  });

  test("when the sign-in has timed out, says so with a way to start again", async () => {
    const user = userEvent.setup();
    renderApp("/sign-in/code", {
      ...signedOut,
      "POST /api/v1/auth/sign-in/code": () =>
        problem({
          ...NOT_SIGNED_IN,
          detail: "Your sign-in has timed out. Start again with your email address and password.",
        }),
    });
    await user.type(await screen.findByLabelText("Code"), "123456");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("Your sign-in has timed out.");
    expect(within(summary).getByRole("link", { name: "Sign in again" })).toHaveAttribute(
      "href",
      "/sign-in",
    );
  });

  test("a recovery code signs in instead", async () => {
    const user = userEvent.setup();
    renderApp("/sign-in/code", {
      ...signedOut,
      "POST /api/v1/auth/sign-in/recovery-code": async (request) => {
        const { recovery_code } = (await bodyOf(request)) as { recovery_code: string };
        return recovery_code === "addkg-9mbvq" ? json({ me: me() }) : wrongCode("recovery_code");
      },
    });
    await user.click(await screen.findByRole("link", { name: "Use a recovery code instead" }));
    const field = await screen.findByLabelText("Recovery code");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Enter a recovery code");

    await user.type(field, "wrong-code");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(field).toHaveAccessibleDescription(
      /Error: The code is not right\. Check it and try again/,
    );

    await user.clear(field);
    await user.type(field, "addkg-9mbvq");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Your work" })).toBeVisible();
    expect(screen.getByTestId("signed-in-as")).toHaveTextContent(
      "Signed in as Sam Patel (senco@example.org), role: Education setting.",
    );
  });
});

describe("setting up a second factor", () => {
  test("with both methods offered, one must be chosen", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/sign-in/set-up", {
      ...signedOut,
      "POST /api/v1/auth/second-factor/authenticator-app": () =>
        json({
          key: "ABCD EFGH",
          qr_code: "data:image/svg+xml;base64,PHN2Zy8+",
          otpauth_uri: "",
        }),
    });
    await user.click(await screen.findByRole("button", { name: "Continue" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Select how you want to get your security codes" }),
    ).toHaveAttribute("href", "#method");
    expect(
      screen.getByRole("group", { name: "How do you want to get your security codes?" }),
    ).toHaveAccessibleDescription(/Error: Select how you want to get your security codes/);

    expect(screen.getByRole("radio", { name: "Text message" })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Authenticator app on a phone or tablet" }));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Set up your authenticator app" }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in/set-up/app");
  });

  test("the app: key in groups and a QR code, then a code, then the recovery codes once", async () => {
    const user = userEvent.setup();
    const recoveryCodes = Array.from({ length: 10 }, (_, i) => `code${i}-abcde`);
    const { router, requests } = renderApp("/sign-in/set-up?next=%2Faccount", {
      ...signedOut,
      "POST /api/v1/auth/second-factor/authenticator-app": () =>
        json({
          key: "NW4L C5DO MAWX 4ZJE CK3O 2CEV BYWH CUY7",
          qr_code: "data:image/svg+xml;base64,PHN2Zy8+",
          otpauth_uri: "otpauth://totp/x?secret=NW4L",
        }),
      "POST /api/v1/auth/second-factor/authenticator-app/confirm": async (request) => {
        const { code } = (await bodyOf(request)) as { code: string };
        return code === "111222" ? json({ me: me(), recovery_codes: recoveryCodes }) : wrongCode();
      },
    });
    await user.click(
      await screen.findByRole("radio", { name: "Authenticator app on a phone or tablet" }),
    );
    expect(screen.getByText("I need more information")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(
      await screen.findByRole("img", { name: /QR code for your authenticator app/ }),
    ).toHaveAttribute("src", "data:image/svg+xml;base64,PHN2Zy8+");
    const key = document.getElementById("authenticator-key")!;
    expect(key).toHaveTextContent("NW4L C5DO MAWX 4ZJE CK3O 2CEV BYWH CUY7");
    expect(key.querySelectorAll(".app-key__group")).toHaveLength(8);
    const starts = requests.filter((r) => r.url.endsWith("/authenticator-app"));
    expect(starts).toHaveLength(1);

    const code = screen.getByLabelText("Code from the app");
    await user.type(code, "999999");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(code).toHaveAccessibleDescription(/The code is not right/);

    await user.clear(code);
    await user.type(code, "111222");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Save your recovery codes" }),
    ).toBeVisible();
    const list = screen.getByRole("list", { name: "Recovery codes" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(recoveryCodes);
    // Signed in already: the header says who.
    expect(screen.getByRole("link", { name: "Sam Patel: your account" })).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/account");

    // Shown once: coming back shows no codes.
    await router.navigate("/sign-in/recovery-codes");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Your recovery codes" }),
    ).toBeVisible();
    expect(screen.queryByText("code0-abcde")).not.toBeInTheDocument();
  });
});

describe("text messages", () => {
  test("set up: the mobile number, a code to it, a new code on request, then recovery codes", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    const { router } = renderApp("/sign-in/set-up", {
      ...signedOut,
      "POST /api/v1/auth/second-factor/text-message": async (request) => {
        const body = (await bodyOf(request)) as { phone: string };
        sent.push(body);
        return body.phone === "07700 900982"
          ? json({ phone_ending: "982" }, 202)
          : problem({
              type: "https://ehc-hub.example/problems/validation",
              title: "Some of the information is not valid",
              status: 422,
              errors: [
                { field: "phone", code: "invalid_phone", message: "Enter a mobile phone number" },
              ],
            });
      },
      "POST /api/v1/auth/sign-in/resend-code": () => json({ phone_ending: "982" }, 202),
      "POST /api/v1/auth/second-factor/text-message/confirm": async (request) => {
        const { code } = (await bodyOf(request)) as { code: string };
        return code === "424242"
          ? json({ me: me(), recovery_codes: ["aaaaa-bbbbb"] })
          : wrongCode();
      },
    });
    await user.click(await screen.findByRole("radio", { name: "Text message" }));
    await user.click(screen.getByRole("button", { name: "Continue" }));

    const phone = await screen.findByLabelText("Mobile phone number");
    expect(phone).toHaveAttribute("type", "tel");
    expect(phone).toHaveAttribute("autocomplete", "tel");
    await user.click(screen.getByRole("button", { name: "Send code" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Enter your mobile phone number");
    expect(sent).toHaveLength(0);

    await user.type(phone, "01234 567890");
    await user.click(screen.getByRole("button", { name: "Send code" }));
    expect(await screen.findByLabelText("Mobile phone number")).toHaveAccessibleDescription(
      /Error: Enter a mobile phone number/,
    );

    await user.clear(phone);
    await user.type(phone, "07700 900982");
    await user.click(screen.getByRole("button", { name: "Send code" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Check your phone" }),
    ).toBeVisible();
    expect(screen.getByText(/sent a 6-digit code to your phone ending in 982/)).toBeVisible();

    await user.click(screen.getByText("Not received a text message?"));
    await user.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "We have sent a new code to your phone ending in 982.",
    );

    const code = screen.getByLabelText("Code");
    await user.type(code, "111111");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(code).toHaveAccessibleDescription(/The code is not right/);
    await user.clear(code);
    await user.type(code, "424242");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Save your recovery codes" }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in/recovery-codes");
  });

  test("signing in: the code page names the phone; too many resends says how long to wait", async () => {
    const user = userEvent.setup();
    renderApp("/sign-in", {
      ...signedOut,
      "POST /api/v1/auth/sign-in": () =>
        json({ next: "enter_code", method: "text_message", phone_ending: "982" }),
      "POST /api/v1/auth/sign-in/resend-code": () =>
        problem({
          type: "about:blank",
          title: "Too many requests",
          status: 429,
          detail: "Too many attempts from here. Wait 60 seconds and try again.",
        }),
    });
    await user.type(await screen.findByLabelText("Email address"), "parent@example.org");
    await user.type(screen.getByLabelText("Password"), "violet harbour lantern");
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Check your phone" }),
    ).toBeVisible();
    expect(screen.getByText(/ending in 982/)).toBeVisible();
    await user.click(screen.getByText("Not received a text message?"));
    await user.click(screen.getByRole("button", { name: "Send a new code" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Wait 60 seconds and try again.");
  });
});

describe("pages that need sign-in", () => {
  test("send someone signed out to sign in, remembering where they were going", async () => {
    const { router } = renderApp("/account", signedOut);
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(router.state.location.search).toBe("?next=%2Faccount");
  });

  test("'Sign out' in the header signs out and says so", async () => {
    const user = userEvent.setup();
    const heard = FakeBroadcastChannel.listen("ehc-hub-session");
    const { requests } = renderApp("/account", {
      ...signedOut,
      "GET /api/v1/me": () => json(me()),
      "POST /api/v1/auth/sign-out": () => new Response(null, { status: 204 }),
    });
    await user.click(await screen.findByRole("button", { name: "Sign out" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "You have signed out" }),
    ).toBeVisible();
    const signOut = requests.find((r) => r.url.endsWith("/auth/sign-out"));
    expect(signOut?.method).toBe("POST");
    expect(signOut?.headers.get("X-EHC-CSRF")).toBe("1");
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
    expect(heard).toContainEqual(expect.objectContaining({ type: "signed-out" }));
  });
});
