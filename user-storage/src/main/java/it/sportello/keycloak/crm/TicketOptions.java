package it.sportello.keycloak.crm;

import java.util.List;
import java.util.Optional;

/**
 * What a new portal ticket may be about, as the CRM lists it: the request types (table {@code tipo_richiesta}) and a
 * customer's machines (table {@code macchina}). Part of a {@link CustomerDirectory}, created per Keycloak session.
 */
public interface TicketOptions {

    /** The active request types offered to the audience, in the CRM's order. */
    List<RequestTypeRecord> requestTypes(RequestAudience audience);

    /** The request type with this code, if it is active and offered to the audience. */
    Optional<RequestTypeRecord> requestType(RequestAudience audience, String code);

    /** The request type with this code, whoever it is offered to and even if retired (a ticket's type in a mail). */
    Optional<RequestTypeRecord> requestType(String code);

    /** The customer's machines, by model and serial number. */
    List<MachineRecord> machines(CustomerCode customerCode);

    /** One machine, only if it is the customer's (id and owner checked in one statement). */
    Optional<MachineRecord> machine(CustomerCode customerCode, long machineId);
}
