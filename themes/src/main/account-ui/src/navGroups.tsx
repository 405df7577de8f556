import {
  Applications,
  DeviceActivity,
  Groups,
  LinkedAccounts,
  Organizations,
  Resources,
  SigningIn,
  type AccountEnvironment,
} from "@keycloak/keycloak-account-ui";
import type { ComponentType, PropsWithChildren, ReactNode } from "react";
import { Company } from "./pages/company/Company";
import { CompanyNavGuard } from "./pages/company/CompanyNavGuard";
import { Consumption } from "./pages/consumption/Consumption";
import { Documents } from "./pages/documents/Documents";
import { Home } from "./pages/home/Home";
import { ContactDetails } from "./pages/contact/ContactDetails";
import { Invoices } from "./pages/invoices/Invoices";
import { MobilePage } from "./pages/mobile/MobilePage";
import { Readings } from "./pages/readings/Readings";
import { RecoveryEmailPage } from "./pages/recovery-email/RecoveryEmailPage";
import { SupplyPoints } from "./pages/supply-points/SupplyPoints";
import { Tickets } from "./pages/tickets/Tickets";

export type NavEntry = {
  id: string;
  /** relative to the console's base URL; "" is the start page */
  path: string;
  labelKey: string;
  element: ReactNode;
  /** shown only when the realm enables this stock feature */
  feature?: keyof AccountEnvironment["features"];
  /** shows the menu entry only when it renders its children (the route stays: the page answers for itself) */
  guard?: ComponentType<PropsWithChildren>;
};

export type NavGroupEntry = { id: string; labelKey?: string; entries: NavEntry[] };

/**
 * Menu and routes in one table (PageNav shows it, routes.tsx makes the router's routes of it): Keycloak's stock pages
 * (the paths they have in the stock console, so links from Keycloak's own mails and pages keep working) and the
 * portal pages.
 */
export const navGroups: NavGroupEntry[] = [
  {
    id: "account",
    entries: [
      { id: "home", path: "", labelKey: "portalHome", element: <Home /> },
      { id: "personal-info", path: "personal-info", labelKey: "personalInfo", element: <ContactDetails /> },
    ],
  },
  {
    id: "portal",
    labelKey: "portalGroup",
    entries: [
      { id: "supply-points", path: "supply-points", labelKey: "portalSupplyPoints", element: <SupplyPoints /> },
      { id: "invoices", path: "invoices", labelKey: "portalInvoices", element: <Invoices /> },
      { id: "documents", path: "documents", labelKey: "portalDocuments", element: <Documents /> },
      { id: "consumption", path: "consumption", labelKey: "portalConsumption", element: <Consumption /> },
      { id: "readings", path: "readings", labelKey: "portalReadings", element: <Readings /> },
      { id: "requests", path: "requests", labelKey: "portalTickets", element: <Tickets /> },
      { id: "company", path: "company", labelKey: "portalCompany", element: <Company />, guard: CompanyNavGuard },
    ],
  },
  {
    id: "security",
    labelKey: "accountSecurity",
    entries: [
      { id: "signing-in", path: "account-security/signing-in", labelKey: "signingIn", element: <SigningIn /> },
      { id: "mobile", path: "account-security/mobile", labelKey: "portalMobile", element: <MobilePage /> },
      {
        id: "recovery-email",
        path: "account-security/recovery-email",
        labelKey: "portalRecoveryEmail",
        element: <RecoveryEmailPage />,
      },
      {
        id: "device-activity",
        path: "account-security/device-activity",
        labelKey: "deviceActivity",
        element: <DeviceActivity />,
      },
      {
        id: "linked-accounts",
        path: "account-security/linked-accounts",
        labelKey: "linkedAccounts",
        element: <LinkedAccounts />,
        feature: "isLinkedAccountsEnabled",
      },
    ],
  },
  {
    id: "more",
    entries: [
      {
        id: "applications",
        path: "applications",
        labelKey: "applications",
        element: <Applications />,
        feature: "isViewApplicationsEnabled",
      },
      { id: "groups", path: "groups", labelKey: "groups", element: <Groups />, feature: "isViewGroupsEnabled" },
      {
        id: "organizations",
        path: "organizations",
        labelKey: "organizations",
        element: <Organizations />,
        feature: "isViewOrganizationsEnabled",
      },
      {
        id: "resources",
        path: "resources",
        labelKey: "resources",
        element: <Resources />,
        feature: "isMyResourcesEnabled",
      },
    ],
  },
];
