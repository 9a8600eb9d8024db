import "./styles/main.scss";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { createApiClient } from "./api/client";
import { App, createQueryClient } from "./app/App";
import { routes } from "./app/routes";

// What govuk-frontend's page template does with an inline script; done here so
// that the Content-Security-Policy can forbid inline scripts.
document.body.classList.add("js-enabled");
if ("noModule" in HTMLScriptElement.prototype) {
  document.body.classList.add("govuk-frontend-supported");
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App
      router={createBrowserRouter(routes)}
      apiClient={createApiClient()}
      queryClient={createQueryClient()}
    />
  </StrictMode>,
);
