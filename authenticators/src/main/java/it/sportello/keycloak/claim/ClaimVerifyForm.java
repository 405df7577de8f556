package it.sportello.keycloak.claim;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.taxid.TaxId;
import it.sportello.keycloak.taxid.TaxIdError;
import it.sportello.keycloak.taxid.TaxIdParseResult;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.keycloak.models.utils.FormMessage;

/**
 * The verify step's form, read and checked before any CRM lookup: every field is normalized and validated, and a bad
 * field gets its own message. Nothing here depends on whether a customer exists.
 */
final class ClaimVerifyForm {

    static final String CUSTOMER_CODE = "customerCode";
    static final String TAX_ID = "taxId";
    static final String INVOICE_NUMBER = "invoiceNumber";
    static final String NAME = "name";
    static final String PHONE = "phone";

    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern PHONE_FORMAT = Pattern.compile("\\+?[0-9 ()./-]{6,30}");

    private final CustomerCode customerCode;
    private final TaxId taxId;
    private final InvoiceNumber invoiceNumber;
    private final String name;
    private final String phone;
    private final List<FormMessage> errors;

    private ClaimVerifyForm(
            CustomerCode customerCode,
            TaxId taxId,
            InvoiceNumber invoiceNumber,
            String name,
            String phone,
            List<FormMessage> errors) {
        this.customerCode = customerCode;
        this.taxId = taxId;
        this.invoiceNumber = invoiceNumber;
        this.name = name;
        this.phone = phone;
        this.errors = errors;
    }

    static ClaimVerifyForm read(MultivaluedMap<String, String> form, ClaimVerifyConfig config) {
        List<FormMessage> errors = new ArrayList<>();
        String rawCode = trimmed(form.getFirst(CUSTOMER_CODE));
        CustomerCode code = null;
        if (rawCode.isEmpty()) {
            errors.add(new FormMessage(CUSTOMER_CODE, ClaimMessages.CUSTOMER_CODE_REQUIRED));
        } else {
            code = CustomerCode.parse(rawCode).orElse(null);
            if (code == null) {
                errors.add(new FormMessage(CUSTOMER_CODE, ClaimMessages.CUSTOMER_CODE_INVALID));
            }
        }
        TaxIdParseResult parsed = TaxId.parse(form.getFirst(TAX_ID));
        if (!parsed.isValid()) {
            errors.add(new FormMessage(
                    TAX_ID, parsed.error().map(TaxIdError::messageKey).orElse(ClaimMessages.NO_MATCH)));
        }
        InvoiceNumber invoiceNumber = null;
        if (config.proofOfPossession() == ProofOfPossession.INVOICE_NUMBER) {
            String rawInvoice = trimmed(form.getFirst(INVOICE_NUMBER));
            if (rawInvoice.isEmpty()) {
                errors.add(new FormMessage(INVOICE_NUMBER, ClaimMessages.INVOICE_NUMBER_REQUIRED));
            } else {
                invoiceNumber = InvoiceNumber.parse(rawInvoice).orElse(null);
                if (invoiceNumber == null) {
                    errors.add(new FormMessage(INVOICE_NUMBER, ClaimMessages.INVOICE_NUMBER_INVALID));
                }
            }
        }
        String name = config.askName() ? trimmed(form.getFirst(NAME)) : "";
        if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FormMessage(NAME, ClaimMessages.NAME_TOO_LONG));
        }
        String phone = config.askPhone() ? trimmed(form.getFirst(PHONE)) : "";
        if (!phone.isEmpty() && !PHONE_FORMAT.matcher(phone).matches()) {
            errors.add(new FormMessage(PHONE, ClaimMessages.PHONE_INVALID));
        }
        return new ClaimVerifyForm(code, parsed.taxId().orElse(null), invoiceNumber, name, phone, List.copyOf(errors));
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    List<FormMessage> errors() {
        return errors;
    }

    CustomerCode customerCode() {
        return customerCode;
    }

    TaxId taxId() {
        return taxId;
    }

    /** The invoice number typed as proof of possession; null when the proof is off. */
    InvoiceNumber invoiceNumber() {
        return invoiceNumber;
    }

    /** The name to match, or null when not asked or left empty. */
    String nameOrNull() {
        return name.isEmpty() ? null : name;
    }

    String phoneOrNull() {
        return phone.isEmpty() ? null : phone;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
