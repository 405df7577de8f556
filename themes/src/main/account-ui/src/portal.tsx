import { createContext, useCallback, useContext, useEffect, type PropsWithChildren } from "react";
import { useSearchParams } from "react-router-dom";
import type { SupplyPoint } from "./api";
import { environment } from "./environment";
import type { Problem } from "./problem";
import { usePortalQuery } from "./usePortalQuery";

export type SupplyPointState = {
  supplyPoints: readonly SupplyPoint[] | undefined;
  loadProblem: Problem | undefined;
  selected: SupplyPoint | undefined;
  select: (id: number) => void;
};

const SupplyPointContext = createContext<SupplyPointState | undefined>(undefined);

/** Query parameter that carries the selected supply point from page to page (and into bookmarks). */
export const SUPPLY_POINT_PARAM = "sp";
const storageKey = `sportello.supplyPoint.${environment.realm}`;

/**
 * Parameters of the sign-in callback. keycloak-js reads them and takes them out of the address bar, but the router
 * still holds the address it started with: carried over, they would end up in the redirect URI of the next
 * Keycloak action started from the console (set up a credential, update email), which Keycloak refuses.
 */
const CALLBACK_PARAMS = ["code", "state", "session_state", "iss", "error", "error_description", "error_uri"];

/**
 * The customer's supply points, loaded once, and the one the portal pages work on. The choice lives in the URL
 * (`?sp=`) and in localStorage, so it survives navigation, reloads and a new visit.
 */
export function SupplyPointProvider({ children }: PropsWithChildren) {
  const { data: supplyPoints, problem: loadProblem } = usePortalQuery((api, signal) => api.supplyPoints(signal), []);
  const [params, setParams] = useSearchParams();

  const wanted = Number(params.get(SUPPLY_POINT_PARAM) ?? localStorage.getItem(storageKey) ?? NaN);
  const selected = supplyPoints?.find((sp) => sp.id === wanted) ?? supplyPoints?.[0];

  const select = useCallback(
    (id: number) => {
      localStorage.setItem(storageKey, String(id));
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          CALLBACK_PARAMS.forEach((name) => next.delete(name));
          next.set(SUPPLY_POINT_PARAM, String(id));
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  // keep the URL and storage in step with what is shown (first visit, or a stale id from another account)
  useEffect(() => {
    if (selected && params.get(SUPPLY_POINT_PARAM) !== String(selected.id)) {
      select(selected.id);
    }
  }, [selected, params, select]);

  return (
    <SupplyPointContext.Provider value={{ supplyPoints, loadProblem, selected, select }}>
      {children}
    </SupplyPointContext.Provider>
  );
}

export function useSupplyPoints(): SupplyPointState {
  const state = useContext(SupplyPointContext);
  if (!state) throw new Error("useSupplyPoints outside SupplyPointProvider");
  return state;
}
