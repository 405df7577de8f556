package it.sportello.keycloak.crm;

import java.util.List;

/**
 * A support ticket opened by a signed-in customer in the portal, as handed to
 * {@link Tickets#create}. Values arrive already checked by
 * the portal.
 *
 * @param category the code of an active request type of the CRM, offered to the customer
 * @param machine the customer's machine concerned (from {@link TicketOptions#machine}), or null
 * @param machineState the state the machine is in (a code of the portal's fixed list), or null
 * @param contacts email addresses to notify, lower case, possibly empty
 * @param locale language tag the customer used, for the answers
 */
public record PortalTicketRequest(
        String category,
        MachineRecord machine,
        String subject,
        String machineState,
        String description,
        List<String> contacts,
        List<NewTicketAttachment> attachments,
        String locale) {

    public PortalTicketRequest {
        contacts = List.copyOf(contacts);
        attachments = List.copyOf(attachments);
    }

    @Override
    public String toString() {
        return "PortalTicketRequest[category=" + category + ", attachments=" + attachments.size() + "]";
    }
}
