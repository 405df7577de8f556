import { Card, CardBody, CardFooter, CardTitle, Title } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { PageLink } from "./PageLink";

type Props = { id: string; title: string; link?: { to: string; label: string }; children: ReactNode };

/** One block of the home page: a title, what it says, and (most blocks) a link to the page it summarizes. */
export function HomeCard({ id, title, link, children }: Props) {
  return (
    <Card isFullHeight data-testid={`home-${id}`} component="section" aria-labelledby={`home-${id}-title`}>
      <CardTitle>
        <Title headingLevel="h2" size="lg" id={`home-${id}-title`}>
          {title}
        </Title>
      </CardTitle>
      <CardBody>{children}</CardBody>
      {link && (
        <CardFooter>
          <PageLink to={link.to} testId={`home-${id}-link`}>
            {link.label}
          </PageLink>
        </CardFooter>
      )}
    </Card>
  );
}
