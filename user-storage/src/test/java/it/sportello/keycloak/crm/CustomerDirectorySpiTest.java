package it.sportello.keycloak.crm;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.taxid.TaxId;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.Spi;

class CustomerDirectorySpiTest {

    @Test
    void spiAndJpaFactoryAreRegisteredForKeycloak() {
        assertThat(ServiceLoader.load(Spi.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(spi -> {
                    assertThat(spi.getName()).isEqualTo("customer-directory");
                    assertThat(spi.getProviderClass()).isEqualTo(CustomerDirectory.class);
                    assertThat(spi.getProviderFactoryClass()).isEqualTo(CustomerDirectoryFactory.class);
                });
        assertThat(ServiceLoader.load(CustomerDirectoryFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(CustomerDirectoryFactory::getId)
                .containsExactly("jpa");
    }

    @Test
    void recordsKeepPersonalDataOutOfToString() {
        CustomerRecord customer = new CustomerRecord(
                "C0001",
                CustomerKind.PERSON,
                "Mario",
                "Rossi",
                null,
                "RSSMRA85T10A562S",
                "m@example.com",
                "+39",
                null,
                new Address(null, null, null, null),
                false,
                false,
                null,
                null);

        assertThat(customer.toString()).doesNotContain("RSSMRA85T10A562S", "m@example.com", "C0001", "Rossi");
        assertThat(new LegacyPassword(LegacyPasswordAlgorithm.BCRYPT, "$2a$10$secret").toString())
                .doesNotContain("secret");
        assertThat(new ContactDetails("m@example.com", "+39 1", null).toString())
                .doesNotContain("example");
        assertThat(new SupportRequest(
                                CustomerKind.PERSON,
                                "Mario",
                                "Rossi",
                                null,
                                null,
                                CustomerCode.parse("C0001").orElseThrow(),
                                TaxId.parse("RSSMRA85T10A562S").taxId().orElseThrow(),
                                "m@example.com",
                                "+39 1",
                                "my secret message",
                                "it")
                        .toString())
                .doesNotContain("Mario", "Rossi", "C0001", "RSSMRA85T10A562S", "example", "+39", "secret");
    }

    @Test
    void legacyAlgorithmNamesAreReadLeniently() {
        assertThat(LegacyPasswordAlgorithm.fromColumn(" bcrypt ")).contains(LegacyPasswordAlgorithm.BCRYPT);
        assertThat(LegacyPasswordAlgorithm.fromColumn("md5")).isEmpty();
        assertThat(LegacyPasswordAlgorithm.fromColumn(null)).isEmpty();
    }
}
