import type { PropsWithChildren } from "react";
import { usePortalQuery } from "../../usePortalQuery";

/**
 * Shows its children (the "Company" menu entry) only to a company administrator: the portal lists the companies the
 * caller administers, empty for everybody else. Nothing while it loads or when the call fails.
 */
export function CompanyNavGuard({ children }: PropsWithChildren) {
  const companies = usePortalQuery((api, signal) => api.companies(signal), []);
  return companies.data && companies.data.length > 0 ? <>{children}</> : null;
}
