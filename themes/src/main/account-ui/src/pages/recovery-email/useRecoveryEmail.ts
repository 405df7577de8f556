import { useEnvironment, type AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useEffect, useState } from "react";
import { recoveryEmailOf } from "./recoveryEmail";

export type RecoveryEmailState = { loading: boolean; address?: string; failed?: boolean };

/** Reads the verified backup address from Keycloak's account REST API with the console's own token. */
export function useRecoveryEmail(): RecoveryEmailState {
  const { keycloak, environment } = useEnvironment<AccountEnvironment>();
  const [state, setState] = useState<RecoveryEmailState>({ loading: true });

  useEffect(() => {
    const controller = new AbortController();
    const realm = encodeURIComponent(environment.realm);
    const url = `${environment.serverBaseUrl}/realms/${realm}/account/?userProfileMetadata=false`;
    keycloak
      .updateToken(30)
      .then(() =>
        fetch(url, {
          headers: { Authorization: `Bearer ${keycloak.token}`, Accept: "application/json" },
          signal: controller.signal,
        }),
      )
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((account) => setState({ loading: false, address: recoveryEmailOf(account) }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ loading: false, failed: true });
      });
    return () => controller.abort();
  }, [keycloak, environment]);

  return state;
}
