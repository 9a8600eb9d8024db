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
