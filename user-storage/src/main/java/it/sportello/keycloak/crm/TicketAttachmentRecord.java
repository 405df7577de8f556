package it.sportello.keycloak.crm;

/** What is known of a ticket attachment without loading its bytes. */
public record TicketAttachmentRecord(String id, String filename, String contentType, long size) {}
