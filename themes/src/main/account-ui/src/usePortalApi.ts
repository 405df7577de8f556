import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useMemo } from "react";
import { PortalApi } from "./api";

/** The portal API with the console's Keycloak session (its token). */
export function usePortalApi(): PortalApi {
  const { keycloak } = useEnvironment<AccountEnvironment>();
  return useMemo(() => new PortalApi(keycloak), [keycloak]);
}
