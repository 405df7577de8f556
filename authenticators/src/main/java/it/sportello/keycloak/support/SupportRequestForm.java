package it.sportello.keycloak.support;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.SupportRequest;
import it.sportello.keycloak.taxid.TaxId;
import it.sportello.keycloak.taxid.TaxIdError;
import it.sportello.keycloak.taxid.TaxIdParseResult;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.validation.Validation;

/**
 * The support form as posted, read and checked before anything is stored: text is trimmed and stripped of control
 * characters (which some databases refuse), every field is validated, and a bad field gets its own message. Markup and
 * SQL are ordinary text here: the CRM stores them through bound parameters and the templates escape them. Only the
 * fields of the chosen requester kind are read. Nothing here depends on whether a customer exists.
 */
final class SupportRequestForm {

    static final String REQUESTER_KIND = "requesterKind";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String COMPANY_NAME = "companyName";
    static final String CONTACT_PERSON = "contactPerson";
    static final String CUSTOMER_CODE = "customerCode";
    static final String TAX_ID = "taxId";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String MESSAGE = "message";

    /** Every field, in page order: the template re-renders them and lists them for {@code messagesPerField}. */
    static final List<String> FIELDS = List.of(
            REQUESTER_KIND,
            FIRST_NAME,
            LAST_NAME,
            COMPANY_NAME,
            CONTACT_PERSON,
            CUSTOMER_CODE,
            TAX_ID,
            EMAIL,
            PHONE,
            MESSAGE);

    static final String KIND_PERSON = "person";
    static final String KIND_COMPANY = "company";

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_COMPANY_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;
    /** A re-rendered form shows a single-line field back up to this length, a message up to twice the column. */
    static final int MAX_LINE_ECHO = 300;

    static final int MAX_MESSAGE_ECHO = SupportRequestConfig.MAX_MAX_MESSAGE_LENGTH * 2;

    private static final Pattern PHONE_FORMAT = Pattern.compile("\\+?[0-9 ()./-]{6,30}");
    /** Control characters other than line feed and tab; carriage returns are folded into line feeds first. */
    private static final Pattern MESSAGE_CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private static final Pattern LINE_CONTROLS = Pattern.compile("\\p{Cc}");

    private final CustomerKind kind;
    private final String firstName;
    private final String lastName;
    private final String companyName;
    private final String contactPerson;
    private final CustomerCode customerCode;
    private final TaxId taxId;
    private final String email;
    private final String phone;
    private final String message;
    private final List<FormMessage> errors;

    private SupportRequestForm(
            CustomerKind kind,
            String firstName,
            String lastName,
            String companyName,
            String contactPerson,
            CustomerCode customerCode,
            TaxId taxId,
            String email,
            String phone,
            String message,
            List<FormMessage> errors) {
        this.kind = kind;
        this.firstName = firstName;
        this.lastName = lastName;
        this.companyName = companyName;
        this.contactPerson = contactPerson;
        this.customerCode = customerCode;
        this.taxId = taxId;
        this.email = email;
        this.phone = phone;
        this.message = message;
        this.errors = errors;
    }

    static SupportRequestForm read(MultivaluedMap<String, String> form, int maxMessageLength) {
        List<FormMessage> errors = new ArrayList<>();
        CustomerKind kind = kind(form.getFirst(REQUESTER_KIND));
        if (kind == null) {
            errors.add(new FormMessage(REQUESTER_KIND, SupportMessages.KIND_REQUIRED));
        }
        String firstName = "";
        String lastName = "";
        String companyName = "";
        String contactPerson = "";
        if (kind == CustomerKind.PERSON) {
            firstName = required(form, FIRST_NAME, MAX_NAME_LENGTH, SupportMessages.FIRST_NAME_REQUIRED, errors);
            lastName = required(form, LAST_NAME, MAX_NAME_LENGTH, SupportMessages.LAST_NAME_REQUIRED, errors);
        } else if (kind == CustomerKind.COMPANY) {
            companyName = required(
                    form, COMPANY_NAME, MAX_COMPANY_NAME_LENGTH, SupportMessages.COMPANY_NAME_REQUIRED, errors);
            contactPerson =
                    required(form, CONTACT_PERSON, MAX_NAME_LENGTH, SupportMessages.CONTACT_PERSON_REQUIRED, errors);
        }

        CustomerCode code = customerCode(form, errors);
        TaxId taxId = taxId(form, errors);
        String email = email(form, errors);
        String phone = line(form.getFirst(PHONE));
        if (!phone.isEmpty() && !PHONE_FORMAT.matcher(phone).matches()) {
            errors.add(new FormMessage(PHONE, SupportMessages.PHONE_INVALID));
        }
        String message = message(form.getFirst(MESSAGE));
        if (message.isEmpty()) {
            errors.add(new FormMessage(MESSAGE, SupportMessages.MESSAGE_REQUIRED));
        } else if (message.length() > maxMessageLength) {
            errors.add(new FormMessage(MESSAGE, SupportMessages.TOO_LONG, Integer.toString(maxMessageLength)));
        }
        return new SupportRequestForm(
                kind,
                firstName,
                lastName,
                companyName,
                contactPerson,
                code,
                taxId,
                email,
                phone,
                message,
                List.copyOf(errors));
    }

    /** The optional customer code: null when left empty or not a code (then with its error). */
    private static CustomerCode customerCode(MultivaluedMap<String, String> form, List<FormMessage> errors) {
        String rawCode = line(form.getFirst(CUSTOMER_CODE));
        if (rawCode.isEmpty()) {
            return null;
        }
        CustomerCode code = CustomerCode.parse(rawCode).orElse(null);
        if (code == null) {
            errors.add(new FormMessage(CUSTOMER_CODE, SupportMessages.CUSTOMER_CODE_INVALID));
        }
        return code;
    }

    /** The optional tax ID: null when left empty or not valid (then with the parser's own error). */
    private static TaxId taxId(MultivaluedMap<String, String> form, List<FormMessage> errors) {
        String rawTaxId = line(form.getFirst(TAX_ID));
        if (rawTaxId.isEmpty()) {
            return null;
        }
        TaxIdParseResult parsed = TaxId.parse(rawTaxId);
        TaxId taxId = parsed.taxId().orElse(null);
        if (taxId == null) {
            errors.add(new FormMessage(
                    TAX_ID, parsed.error().map(TaxIdError::messageKey).orElse(TaxIdError.INVALID_FORMAT.messageKey())));
        }
        return taxId;
    }

    private static String email(MultivaluedMap<String, String> form, List<FormMessage> errors) {
        String email = line(form.getFirst(EMAIL));
        if (email.isEmpty()) {
            errors.add(new FormMessage(EMAIL, SupportMessages.EMAIL_REQUIRED));
        } else if (email.length() > MAX_EMAIL_LENGTH || !Validation.isEmailValid(email)) {
            errors.add(new FormMessage(EMAIL, SupportMessages.EMAIL_INVALID));
        }
        return email;
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    List<FormMessage> errors() {
        return errors;
    }

    /** The address as a rate-limit key: case does not make another mailbox. */
    String emailKey() {
        return email.toLowerCase(Locale.ROOT);
    }

    /** What the CRM stores; only for a valid form. */
    SupportRequest toRequest(String locale) {
        if (!isValid()) {
            throw new IllegalStateException("invalid support form");
        }
        return new SupportRequest(
                kind,
                emptyToNull(firstName),
                emptyToNull(lastName),
                emptyToNull(companyName),
                emptyToNull(contactPerson),
                customerCode,
                taxId,
                email,
                emptyToNull(phone),
                message,
                locale);
    }

    /** The value to show again in a re-rendered form field: trimmed, without control characters, never too long. */
    static String echo(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        if (MESSAGE.equals(field)) {
            String text = message(value);
            return text.length() > MAX_MESSAGE_ECHO ? text.substring(0, MAX_MESSAGE_ECHO) : text;
        }
        String text = line(value);
        return text.length() > MAX_LINE_ECHO ? text.substring(0, MAX_LINE_ECHO) : text;
    }

    static CustomerKind kind(String value) {
        if (KIND_PERSON.equals(value)) {
            return CustomerKind.PERSON;
        }
        if (KIND_COMPANY.equals(value)) {
            return CustomerKind.COMPANY;
        }
        return null;
    }

    private static String required(
            MultivaluedMap<String, String> form,
            String field,
            int maxLength,
            String missing,
            List<FormMessage> errors) {
        String value = line(form.getFirst(field));
        if (value.isEmpty()) {
            errors.add(new FormMessage(field, missing));
        } else if (value.length() > maxLength) {
            errors.add(new FormMessage(field, SupportMessages.TOO_LONG, Integer.toString(maxLength)));
        }
        return value;
    }

    /** One line of text: control characters become spaces, runs of white space one space. */
    static String line(String value) {
        if (value == null) {
            return "";
        }
        return LINE_CONTROLS.matcher(value).replaceAll(" ").strip().replaceAll("\\s{2,}", " ");
    }

    /** Free text: line breaks kept as line feeds, other control characters dropped, outer blank space trimmed. */
    static String message(String value) {
        if (value == null) {
            return "";
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        return MESSAGE_CONTROLS.matcher(lines).replaceAll("").strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
