import { Page } from "@keycloak/keycloak-account-ui";
import { Button, Spinner, Stack, StackItem } from "@patternfly/react-core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePortalQuery } from "../../usePortalQuery";
import { TicketForm } from "./TicketForm";
import { ShownTicket } from "./ShownTicket";
import { TicketTable } from "./TicketTable";

/**
 * The customer's support requests: the list with their status, a form to open one, and one request's conversation
 * (with its details in a dialog) and a reply form.
 */
export function Tickets() {
  const { t } = useTranslation();
  const { creating, setCreating, newButton } = useNewTicketForm();
  const [shownId, setShownId] = useState<string>();
  const tickets = usePortalQuery((api, signal) => api.tickets(signal), []);
  const { categories, machines, categoryLabel } = useTicketOptions();
  return (
    <Page title={t("portalTickets")} description={t("portalTicketsDescription")}>
      <Stack hasGutter>
        <StackItem>
          {creating ? (
            <TicketForm
              categories={categories.data ?? []}
              machines={machines.data ?? []}
              onCancel={() => setCreating(false)}
              onCreated={() => (setCreating(false), tickets.reload())}
            />
          ) : (
            <Button ref={newButton} variant="primary" onClick={() => setCreating(true)} data-testid="ticket-new">
              {t("portalTicketNew")}
            </Button>
          )}
        </StackItem>
        <StackItem>
          <ProblemAlert problem={tickets.problem ?? categories.problem ?? machines.problem} />
          {tickets.loading && !tickets.data && <Spinner size="lg" aria-label={t("portalLoading")} />}
          {tickets.data && tickets.data.length === 0 && <p>{t("portalTicketsNone")}</p>}
          {tickets.data && tickets.data.length > 0 && (
            <TicketTable
              tickets={tickets.data}
              categoryLabel={categoryLabel}
              onOpen={(ticket) => setShownId(ticket.id)}
            />
          )}
        </StackItem>
        {shownId && (
          <StackItem>
            <ShownTicket
              key={shownId}
              id={shownId}
              categoryLabel={categoryLabel}
              onClose={() => setShownId(undefined)}
              onReplied={tickets.reload}
            />
          </StackItem>
        )}
      </Stack>
    </Page>
  );
}

/** What a new request may name: the CRM's request types for the caller and the caller's machines. */
function useTicketOptions() {
  const { t } = useTranslation();
  const categories = usePortalQuery((api, signal) => api.ticketCategories(signal), []);
  const machines = usePortalQuery((api, signal) => api.ticketMachines(signal), []);
  // a type the CRM no longer offers (or ACCESS, of the support form) keeps a label
  const categoryLabel = (id: string) =>
    categories.data?.find((c) => c.id === id)?.label ?? t(`portalTicketCategory${id}`, { defaultValue: id });
  return { categories, machines, categoryLabel };
}

/** Whether the new request's form shows; when it closes (sent or cancelled), the keyboard goes back to its button. */
function useNewTicketForm() {
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const wasCreating = useRef(false);
  useEffect(() => {
    if (wasCreating.current && !creating) newButton.current?.focus();
    wasCreating.current = creating;
  }, [creating]);
  return { creating, setCreating, newButton };
}
