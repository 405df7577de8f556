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
 * The fields of {@code POST /tickets} (multipart/form-data), checked: a category (the code of a request type; whether
 * the CRM offers it is the resource's check), an optional supply point id and an optional machine id (ownership of
 * both is the resource's check) with the machine's state from {@link MachineState}, subject and description,
 * comma-separated contact addresses and 0 to {@link #MAX_ATTACHMENTS} attachments of an accepted, sniffed type.
 */
public record TicketForm(
        String category,
        Long supplyPointId,
        Long machineId,
        MachineState machineState,
        String subject,
        String description,
        List<String> contacts,
        List<NewTicketAttachment> attachments) {

    public static final String CATEGORY = "category";
    public static final String SUPPLY_POINT_ID = "supplyPointId";
    public static final String MACHINE_ID = "machineId";
    public static final String MACHINE_STATE = "machineState";
    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String CONTACTS = "contacts";
    public static final String ATTACHMENTS = "attachments";

    static final int MAX_SUBJECT = 255;
    static final int MAX_CATEGORY = 64;
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
        String category = trimmed(fields.get(CATEGORY));
        if (category == null || category.length() > MAX_CATEGORY) {
            errors.add(FieldError.of(CATEGORY, PortalMessages.ERROR_CATEGORY));
        }
        Long supplyPointId = id(fields, SUPPLY_POINT_ID, PortalMessages.ERROR_SUPPLY_POINT, errors);
        Long machineId = id(fields, MACHINE_ID, PortalMessages.ERROR_MACHINE, errors);
        MachineState state = machineState(fields.get(MACHINE_STATE), machineId != null, errors);
        String subject = text(fields, SUBJECT, MAX_SUBJECT, true, errors);
        String description = text(fields, DESCRIPTION, MAX_DESCRIPTION, true, errors);
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
        return new TicketForm(category, supplyPointId, machineId, state, subject, description, contacts, attachments);
    }

    /** An optional numeric id; anything else than a number is the field's error. */
    private static Long id(Map<String, String> fields, String field, String errorKey, List<FieldError> errors) {
        String value = trimmed(fields.get(field));
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, errorKey));
            return null;
        }
    }

    /** The machine's state: required with a machine, refused without one. */
    static MachineState machineState(String value, boolean withMachine, List<FieldError> errors) {
        String name = trimmed(value);
        if (name == null) {
            if (withMachine) {
                errors.add(FieldError.of(MACHINE_STATE, PortalMessages.ERROR_MACHINE_STATE));
            }
            return null;
        }
        Optional<MachineState> state = MachineState.parse(name);
        if (state.isEmpty() || !withMachine) {
            errors.add(FieldError.of(MACHINE_STATE, PortalMessages.ERROR_MACHINE_STATE));
            return null;
        }
        return state.get();
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
