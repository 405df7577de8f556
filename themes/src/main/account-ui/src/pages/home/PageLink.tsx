import type { ReactNode } from "react";
import { useHref, useLinkClickHandler } from "react-router-dom";

/** A link to a page of the console, followed inside the app (no reload). */
export function PageLink({ to, testId, children }: { to: string; testId?: string; children: ReactNode }) {
  const href = useHref(to);
  const onClick = useLinkClickHandler(to);
  return (
    <a href={href} onClick={onClick} data-testid={testId}>
      {children}
    </a>
  );
}
