import { Label, List, ListItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Home } from "../../api";
import { formatDate } from "../../format";
import { HomeCard } from "./HomeCard";

/** How many requests are still open, and the newest of them. */
export function OpenTicketsCard({ tickets }: { tickets: Home["openTickets"] }) {
  const { t } = useTranslation();
  return (
    <HomeCard id="tickets" title={t("portalHomeTickets")} link={{ to: "requests", label: t("portalHomeTicketsLink") }}>
      <p data-testid="home-tickets-count">{t("portalHomeTicketsCount", { count: tickets.count })}</p>
      {tickets.items.length > 0 && (
        <List isPlain>
          {tickets.items.map((ticket) => (
            <ListItem key={ticket.id}>
              {ticket.subject} ({formatDate(ticket.createdAt)}){" "}
              <Label isCompact color={ticket.status === "OPEN" ? "blue" : "orange"}>
                {t(`portalTicketStatus${ticket.status}`)}
              </Label>
            </ListItem>
          ))}
        </List>
      )}
    </HomeCard>
  );
}
