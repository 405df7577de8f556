package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.NewTicketAttachment;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a ticket message (multipart/form-data, from the customer or an operator): a text of 1 to
 * {@link #MAX_TEXT} characters and 0 to {@link TicketForm#MAX_ATTACHMENTS} attachments, checked as the opening
 * request's are (size, count, type sniffed from the content).
 */
public record TicketMessageForm(String text, List<NewTicketAttachment> attachments) {

    public static final String TEXT = "text";
    public static final String ATTACHMENTS = TicketForm.ATTACHMENTS;
    static final int MAX_TEXT = 4000;

    public TicketMessageForm {
        attachments = List.copyOf(attachments);
    }

    /**
     * Checks the message. Field errors are a 400 problem; an attachment over {@code maxAttachmentSize} a 413, one of
     * another type a 415. Nothing is stored before all checks passed.
     */
    public static TicketMessageForm parse(String text, List<TicketUpload> uploads, long maxAttachmentSize) {
        List<FieldError> errors = new ArrayList<>();
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value == null) {
            errors.add(FieldError.of(TEXT, PortalMessages.ERROR_REQUIRED));
        } else if (value.indexOf('\0') >= 0) {
            errors.add(FieldError.of(TEXT, PortalMessages.ERROR_NOT_TEXT));
        } else if (value.length() > MAX_TEXT) {
            errors.add(FieldError.of(TEXT, PortalMessages.ERROR_TOO_LONG, String.valueOf(MAX_TEXT)));
        }
        if (uploads.size() > TicketForm.MAX_ATTACHMENTS) {
            errors.add(FieldError.of(
                    ATTACHMENTS,
                    PortalMessages.ERROR_TOO_MANY_ATTACHMENTS,
                    String.valueOf(TicketForm.MAX_ATTACHMENTS)));
        }
        if (!errors.isEmpty()) {
            throw Problem.validation(errors).exception();
        }
        List<NewTicketAttachment> attachments = new ArrayList<>();
        for (TicketUpload upload : uploads) {
            if (upload.size() > maxAttachmentSize || upload.content() == null) {
                throw Problem.attachmentTooLarge(ATTACHMENTS, maxAttachmentSize).exception();
            }
            String type = ContentSniffer.sniff(upload.content())
                    .orElseThrow(
                            () -> Problem.unsupportedAttachmentType(ATTACHMENTS).exception());
            attachments.add(new NewTicketAttachment(TicketForm.filename(upload.filename()), type, upload.content()));
        }
        return new TicketMessageForm(value, attachments);
    }

    @Override
    public String toString() {
        return "TicketMessageForm[attachments=" + attachments.size() + "]";
    }
}
