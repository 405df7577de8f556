import { getSupportedLocales, useAccountAlerts, useEnvironment } from "@keycloak/keycloak-account-ui";
import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { AlertVariant, Dropdown, DropdownItem, DropdownList, MenuToggle } from "@patternfly/react-core";
import { GlobeIcon } from "@patternfly/react-icons";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { arrivalLanguage, LOCALE_ATTRIBUTE, saveUserLocale } from "./userLocale";

/** A language's name in that language ("Italiano", "English", "Română"), whatever the page's language. */
export function nativeName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/**
 * The realm's languages; once they are known, the console switches to the user's own locale from the token, which is
 * what was chosen on the sign-in page (Keycloak stores that choice as the user's locale).
 */
function useRealmLanguages(): string[] {
  const { i18n } = useTranslation();
  const context = useEnvironment<AccountEnvironment>();
  const [languages, setLanguages] = useState<string[]>([]);
  // once per page load: the provider's context object is new on each of its renders, and a later run would take the
  // language back to the token's while a switch is under way
  const once = useRef({ context, i18n });
  useEffect(() => {
    const { context, i18n } = once.current;
    const controller = new AbortController();
    getSupportedLocales({ context, signal: controller.signal })
      .then((supported) => {
        if (controller.signal.aborted) return;
        setLanguages(supported);
        const wanted = arrivalLanguage(context.keycloak.idTokenParsed?.[LOCALE_ATTRIBUTE], supported, i18n.language);
        if (wanted !== i18n.language) void i18n.changeLanguage(wanted);
      })
      .catch(() => setLanguages([]));
    return () => controller.abort();
  }, []);
  return languages;
}

/**
 * The masthead's language menu: the realm's languages, each named in itself. A choice is written to the user's
 * Keycloak locale (so the sign-in pages, the mails and the next visit follow it) and the console re-renders in it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const context = useEnvironment<AccountEnvironment>();
  const { addAlert } = useAccountAlerts();
  const languages = useRealmLanguages();
  const [isOpen, setOpen] = useState(false);
  const current = i18n.language;

  const choose = async (language: string) => {
    setOpen(false);
    if (language === current) return;
    try {
      await saveUserLocale(context, language);
      await i18n.changeLanguage(language);
    } catch {
      addAlert(t("portalLanguageError"), AlertVariant.danger);
    }
  };

  if (languages.length < 2) return null;
  return (
    <Dropdown
      isOpen={isOpen}
      onOpenChange={setOpen}
      onSelect={(_event, value) => void choose(String(value))}
      popperProps={{ position: "right" }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="plainText"
          data-testid="language-switch"
          onClick={() => setOpen(!isOpen)}
          isExpanded={isOpen}
          icon={<GlobeIcon aria-hidden />}
        >
          <span className="pf-v5-screen-reader">{t("portalLanguage")} </span>
          <span lang={current}>{current.toUpperCase()}</span>
        </MenuToggle>
      )}
    >
      <DropdownList>
        {languages.map((code) => (
          <DropdownItem key={code} value={code} isSelected={code === current} data-testid={`language-${code}`}>
            <span lang={code}>{nativeName(code)}</span>
          </DropdownItem>
        ))}
      </DropdownList>
    </Dropdown>
  );
}
