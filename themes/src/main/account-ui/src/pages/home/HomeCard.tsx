import { Card, CardBody, CardFooter, CardTitle, Title } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useHref, useLinkClickHandler } from "react-router-dom";

type Props = { id: string; title: string; link: { to: string; label: string }; children: ReactNode };

/** One block of the home page: a title, what it says, and a link to the page it summarizes. */
export function HomeCard({ id, title, link, children }: Props) {
  const href = useHref(link.to);
  const onClick = useLinkClickHandler(link.to);
  return (
    <Card isFullHeight data-testid={`home-${id}`} component="section" aria-labelledby={`home-${id}-title`}>
      <CardTitle>
        <Title headingLevel="h2" size="lg" id={`home-${id}-title`}>
          {title}
        </Title>
      </CardTitle>
      <CardBody>{children}</CardBody>
      <CardFooter>
        <a href={href} onClick={onClick} data-testid={`home-${id}-link`}>
          {link.label}
        </a>
      </CardFooter>
    </Card>
  );
}
