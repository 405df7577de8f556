package it.sportello.keycloak.crm;

/**
 * A machine of a customer (table {@code macchina}), as a supplier names it in a ticket: serial number, model or
 * description and the site where it stands (null: none recorded). Only {@link TicketOptions} hands one out, and only
 * to its owner.
 */
public record MachineRecord(long id, CustomerCode owner, String serialNumber, String model, String site) {

    /** "model (serial number)", the machine's name on the ticket. */
    public String label() {
        return model + " (" + serialNumber + ")";
    }
}
