import { useEnvironment } from "@keycloak/keycloak-account-ui";
import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from "@patternfly/react-core";
import { BarsIcon } from "@patternfly/react-icons";
import { useTranslation } from "react-i18next";
import { brandHref } from "./brand";
import { LanguageSwitch } from "./LanguageSwitch";
import { UserMenu } from "./UserMenu";

/** The brand's mark (the wordmark beside it is text, so that its colour is the page's and readable). */
function BrandMark() {
  return (
    <svg className="sportello-brand-mark" width="30" height="30" viewBox="0 0 30 30" aria-hidden focusable="false">
      <rect width="30" height="30" rx="7" fill="currentColor" />
      <path d="M8 21h14M8 15h14M8 9h14" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The console's masthead, in one row from phone width up: the menu toggle, the brand (leading to the console's start
 * page or to the portal site the theme names), the language menu and the user menu.
 */
export function PortalMasthead() {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  return (
    <Masthead display={{ default: "inline" }} backgroundColor="light" className="sportello-masthead">
      <MastheadToggle>
        <PageToggleButton variant="plain" aria-label={t("portalMenuToggle")}>
          <BarsIcon />
        </PageToggleButton>
      </MastheadToggle>
      <MastheadMain>
        <MastheadBrand component="a" href={brandHref(environment)} data-testid="brand" className="sportello-brand">
          <BrandMark />
          <span className="sportello-wordmark">{t("portalBrand")}</span>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight isStatic>
          <ToolbarContent>
            <ToolbarGroup align={{ default: "alignRight" }} spacer={{ default: "spacerNone" }}>
              <ToolbarItem>
                <LanguageSwitch />
              </ToolbarItem>
              <ToolbarItem>
                <UserMenu />
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
}
