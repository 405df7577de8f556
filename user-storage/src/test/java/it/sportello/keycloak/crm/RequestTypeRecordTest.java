package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestTypeRecordTest {

    @Test
    void labelInTheCallersLanguageElseItalian() {
        RequestTypeRecord type = new RequestTypeRecord("FAULT", "Guasti", "Faults", " ");

        assertThat(type.label(Locale.ENGLISH)).isEqualTo("Faults");
        assertThat(type.label(Locale.forLanguageTag("en-GB"))).isEqualTo("Faults");
        assertThat(type.label(Locale.forLanguageTag("ro"))).as("blank Romanian").isEqualTo("Guasti");
        assertThat(type.label(Locale.GERMAN)).isEqualTo("Guasti");
        assertThat(type.label(null)).isEqualTo("Guasti");
        assertThat(new RequestTypeRecord("X", "Altro", null, "Altele").label(Locale.ENGLISH))
                .isEqualTo("Altro");
    }

    @Test
    void audienceIsSupplierFirstThenTheCustomersKind() {
        assertThat(RequestAudience.of(customer(CustomerKind.PERSON, false))).isEqualTo(RequestAudience.RESIDENTIAL);
        assertThat(RequestAudience.of(customer(CustomerKind.COMPANY, false))).isEqualTo(RequestAudience.BUSINESS);
        assertThat(RequestAudience.of(customer(CustomerKind.COMPANY, true))).isEqualTo(RequestAudience.SUPPLIER);
    }

    private static CustomerRecord customer(CustomerKind kind, boolean supplier) {
        return new CustomerRecord(
                "C0009", kind, null, null, null, null, null, null, null, null, supplier, supplier, null, Instant.EPOCH);
    }
}
