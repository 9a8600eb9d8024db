// A stand-in for the server at the network boundary: a `fetch` that answers
// from a table of "METHOD /path" -> response, handed to the real typed client.
export type Handler = (request: Request) => Response | Promise<Response>;

export function json(body: unknown, status = 200, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": contentType } });
}

export function problem(body: Record<string, unknown>): Response {
  return json(body, Number(body.status), "application/problem+json");
}

export const EXAMPLESHIRE = {
  service_name: "EHC hub",
  la_name: "Exampleshire County Council",
  version: "0.1.0",
};

export function fakeFetch(handlers: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push(request);
    const url = new URL(request.url);
    const handler = handlers[`${request.method} ${url.pathname}`];
    if (!handler) {
      return problem({ type: "about:blank", title: "Not Found", status: 404 });
    }
    return handler(request);
  };
  return { fetch, requests };
}

/** A signed-in person as GET /api/v1/me answers, with the given idle deadline. */
export function demoMe(
  idleExpiresAt: Date,
  expiresAt = new Date(idleExpiresAt.getTime() + 11 * 3600_000),
) {
  return {
    id: "a02f6dc9-d706-44e3-af38-8f0d9a3ca3e3",
    email: "senco@example.org",
    display_name: "Sam Patel",
    role: "setting",
    role_label: "Education setting",
    settings: [{ id: "s1", name: "Riverside Primary School" }],
    session: {
      idle_expires_at: idleExpiresAt.toISOString(),
      expires_at: expiresAt.toISOString(),
    },
  };
}

export const NOT_SIGNED_IN = {
  type: "https://ehc-hub.example/problems/unauthorized",
  title: "Not signed in",
  status: 401,
  detail: "You are not signed in, or your session has ended. Sign in again.",
};
