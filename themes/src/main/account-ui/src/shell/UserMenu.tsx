import { useEnvironment } from "@keycloak/keycloak-account-ui";
import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from "@patternfly/react-core";
import { ExternalLinkAltIcon, UserIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { referrer } from "./referrer";

/** The signed-in user's name as the token has it, or the username. */
function displayName(token: Record<string, unknown> | undefined, fallback: string): string {
  const given = token?.given_name;
  const family = token?.family_name;
  const names = [given, family].filter((n): n is string => typeof n === "string" && n.length > 0);
  if (names.length > 0) return names.join(" ");
  return typeof token?.preferred_username === "string" ? token.preferred_username : fallback;
}

/**
 * The user menu: one button on every width, named by the user's name (shown beside the icon from tablet width up,
 * read out by screen readers always), with the sign-out in it and, when an application opened the console with
 * `referrer` (Keycloak's "Back to …" link of its own console header), a link back to that application.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const { keycloak, environment } = useEnvironment<AccountEnvironment>();
  const [isOpen, setOpen] = useState(false);
  const name = displayName(keycloak.idTokenParsed, t("portalUserMenu"));
  const back = referrer(environment, (key) => t(key));
  return (
    <Dropdown
      isOpen={isOpen}
      onOpenChange={setOpen}
      popperProps={{ position: "right" }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="plainText"
          data-testid="user-menu"
          onClick={() => setOpen(!isOpen)}
          isExpanded={isOpen}
          icon={<UserIcon aria-hidden />}
        >
          <span className="sportello-user-name">{name}</span>
        </MenuToggle>
      )}
    >
      <DropdownList>
        {back && (
          <DropdownItem
            key="referrer"
            data-testid="referrer-link"
            to={back.href}
            icon={<ExternalLinkAltIcon aria-hidden />}
          >
            {t("portalBackTo", { app: back.name })}
          </DropdownItem>
        )}
        <DropdownItem key="sign-out" data-testid="sign-out" onClick={() => void keycloak.logout()}>
          {t("portalSignOut")}
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
}
