import { createInstance, type LanguageDetectorModule } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";
import { environment } from "./environment";

type Message = { key: string; value: string };

// The account theme's messages (Keycloak's stock texts plus ours in theme/sportello/account/messages), merged with
// the realm's localization overrides, as Keycloak's theme resource endpoint serves them.
const localeFromServer: LanguageDetectorModule = {
  type: "languageDetector",
  detect: () => environment.locale,
};

export const i18n = createInstance({
  fallbackLng: "en",
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  backend: {
    loadPath: `${environment.serverBaseUrl}/resources/${environment.realm}/account/{{lng}}`,
    parse: (data: string) => {
      const messages: Record<string, string> = {};
      (JSON.parse(data) as Message[]).forEach(({ key, value }) => (messages[key] = value));
      return messages;
    },
  },
});

i18n.use(FetchBackend);
i18n.use(localeFromServer);
i18n.use(initReactI18next);
