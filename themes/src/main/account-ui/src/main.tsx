import "@patternfly/patternfly/patternfly-addons.css";
import "@patternfly/react-core/dist/styles/base.css";
import "./sportello.css";

import { KeycloakProvider } from "@keycloak/keycloak-account-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { environment } from "./environment";
import { i18n } from "./i18n";
import { routes } from "./routes";

const router = createBrowserRouter(routes);

// the page's language follows the console's, also when the user switches it
i18n.on("languageChanged", (language) => (document.documentElement.lang = language));

i18n.init().then(() => {
  document.documentElement.lang = i18n.language;
  createRoot(document.getElementById("app")!).render(
    <StrictMode>
      <KeycloakProvider environment={environment}>
        <RouterProvider router={router} />
      </KeycloakProvider>
    </StrictMode>,
  );
});
