import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useEnvironment } from "@keycloak/keycloak-account-ui";
import { Nav, NavGroup, NavItem, NavList, PageSidebar, PageSidebarBody } from "@patternfly/react-core";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { useHref, useLinkClickHandler, useLocation } from "react-router-dom";
import { SUPPLY_POINT_PARAM } from "./portal";
import { navGroups, type NavEntry } from "./navGroups";

/**
 * The console's menu, from our own route table (Keycloak's stock menu comes from content.json, whose custom paths
 * the 26.7 router ignores). Links keep the selected supply point in the query.
 */
export function PageNav() {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label={t("portalNavigation")}>
          {navGroups.map((group) => {
            const entries = group.entries.filter((e) => !e.feature || environment.features[e.feature]);
            if (entries.length === 0) return null;
            return group.labelKey ? (
              <NavGroup key={group.id} title={t(group.labelKey)}>
                {entries.map((e) => (
                  <NavLink key={e.path} entry={e} />
                ))}
              </NavGroup>
            ) : (
              <NavList key={group.id}>
                {entries.map((e) => (
                  <NavLink key={e.path} entry={e} />
                ))}
              </NavList>
            );
          })}
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
}

function NavLink({ entry }: { entry: NavEntry }) {
  const Guard = entry.guard;
  return Guard ? (
    <Guard>
      <GuardedNavLink entry={entry} />
    </Guard>
  ) : (
    <GuardedNavLink entry={entry} />
  );
}

function GuardedNavLink({ entry }: { entry: NavEntry }) {
  const { t } = useTranslation();
  const location = useLocation();
  const sp = new URLSearchParams(location.search).get(SUPPLY_POINT_PARAM);
  const to = { pathname: entry.path, search: sp ? `?${SUPPLY_POINT_PARAM}=${sp}` : "" };
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  const base = useHref("");
  const current = location.pathname.replace(/\/$/, "");
  const target = new URL(href, window.location.origin).pathname.replace(/\/$/, "");
  const isActive = current === target || (entry.path === "" && current === base.replace(/\/$/, ""));
  return (
    <NavItem
      to={href}
      isActive={isActive}
      onClick={(event) => onClick(event as unknown as MouseEvent<HTMLAnchorElement>)}
      data-testid={`nav-${entry.id}`}
    >
      {t(entry.labelKey)}
    </NavItem>
  );
}
