package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.NewTicketAttachment;
import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.PortalMessages;
import it.sportello.keycloak.portal.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of {@code POST /tickets} (multipart/form-data), checked: a category from {@link TicketCategory}, an
 * optional supply point id (ownership is the resource's check), subject and description, optional machine and state,
 * comma-separated contact addresses and 0 to {@link #MAX_ATTACHMENTS} attachments of an accepted, sniffed type.
 */
public record TicketForm(
        TicketCategory category,
        Long supplyPointId,
        String machine,
        String subject,
        String machineState,
        String description,
        List<String> contacts,
        List<NewTicketAttachment> attachments) {

    public static final String CATEGORY = "category";
    public static final String SUPPLY_POINT_ID = "supplyPointId";
    public static final String MACHINE = "machine";
    public static final String SUBJECT = "subject";
    public static final String STATE = "state";
    public static final String DESCRIPTION = "description";
    public static final String CONTACTS = "contacts";
    public static final String ATTACHMENTS = "attachments";

    static final int MAX_SUBJECT = 255;
    static final int MAX_MACHINE = 255;
    static final int MAX_STATE = 1000;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_CONTACTS = 10;
    static final int MAX_EMAIL = 254;
    static final int MAX_FILENAME = 255;
    public static final int MAX_ATTACHMENTS = 5;

    /** Deliberately plain: one @, no spaces, a dot in the domain; the mail server has the final word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    public TicketForm {
        contacts = List.copyOf(contacts);
        attachments = List.copyOf(attachments);
    }

    /**
     * Checks the form. Field errors are a 400 problem; an attachment over {@code maxAttachmentSize} a 413, one of
     * another type a 415.
     */
    public static TicketForm parse(Map<String, String> fields, List<TicketUpload> uploads, long maxAttachmentSize) {
        List<FieldError> errors = new ArrayList<>();
        Optional<TicketCategory> category = TicketCategory.parse(fields.get(CATEGORY));
        if (category.isEmpty()) {
            errors.add(FieldError.of(CATEGORY, PortalMessages.ERROR_CATEGORY));
        }
        Long supplyPointId = null;
        String point = trimmed(fields.get(SUPPLY_POINT_ID));
        if (point != null) {
            try {
                supplyPointId = Long.parseLong(point);
            } catch (NumberFormatException e) {
                errors.add(FieldError.of(SUPPLY_POINT_ID, PortalMessages.ERROR_SUPPLY_POINT));
            }
        }
        String subject = text(fields, SUBJECT, MAX_SUBJECT, true, errors);
        String description = text(fields, DESCRIPTION, MAX_DESCRIPTION, true, errors);
        String machine = text(fields, MACHINE, MAX_MACHINE, false, errors);
        String state = text(fields, STATE, MAX_STATE, false, errors);
        List<String> contacts = contacts(fields.get(CONTACTS), errors);
        if (uploads.size() > MAX_ATTACHMENTS) {
            errors.add(FieldError.of(
                    ATTACHMENTS, PortalMessages.ERROR_TOO_MANY_ATTACHMENTS, String.valueOf(MAX_ATTACHMENTS)));
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
            attachments.add(new NewTicketAttachment(filename(upload.filename()), type, upload.content()));
        }
        return new TicketForm(
                category.get(), supplyPointId, machine, subject, state, description, contacts, attachments);
    }

    /** Comma-separated addresses: trimmed, lower case, duplicates dropped, each checked. */
    static List<String> contacts(String value, List<FieldError> errors) {
        Set<String> contacts = new LinkedHashSet<>();
        if (value == null) {
            return List.of();
        }
        for (String part : value.split(",")) {
            String email = part.trim().toLowerCase(Locale.ROOT);
            if (email.isEmpty()) {
                continue;
            }
            if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                errors.add(FieldError.of(CONTACTS, PortalMessages.ERROR_EMAIL, email));
                return List.of();
            }
            contacts.add(email);
        }
        if (contacts.size() > MAX_CONTACTS) {
            errors.add(FieldError.of(CONTACTS, PortalMessages.ERROR_TOO_MANY_CONTACTS, String.valueOf(MAX_CONTACTS)));
            return List.of();
        }
        return List.copyOf(contacts);
    }

    /** The file's own name without any folder, control characters or quotes; "attachment" when nothing is left. */
    static String filename(String name) {
        if (name == null) {
            return "attachment";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "attachment";
        }
        return base.length() > MAX_FILENAME ? base.substring(base.length() - MAX_FILENAME) : base;
    }

    private static String text(
            Map<String, String> fields, String field, int max, boolean required, List<FieldError> errors) {
        String value = trimmed(fields.get(field));
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, PortalMessages.ERROR_REQUIRED));
            }
            return null;
        }
        if (value.indexOf('\0') >= 0) {
            // no database column of the CRM takes a NUL character (PostgreSQL refuses it): not text, a 400
            errors.add(FieldError.of(field, PortalMessages.ERROR_NOT_TEXT));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, PortalMessages.ERROR_TOO_LONG, String.valueOf(max)));
        }
        return value;
    }

    private static String trimmed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return "TicketForm[category=" + category + ", attachments=" + attachments.size() + "]";
    }
}
