package it.sportello.keycloak.portal.contract;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.Iban;
import it.sportello.keycloak.crm.MeterRecord;
import it.sportello.keycloak.crm.PaymentMethod;
import it.sportello.keycloak.crm.SupplyContract;
import it.sportello.keycloak.crm.SupplyContractRecord;
import it.sportello.keycloak.portal.PortalResponses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The body of {@code GET /supply-points/{id}/contract}: the IBAN only masked, null fields written. */
class ContractDataJsonTest {

    private static final String IBAN = "IT60X0542811101000000123456";

    @Test
    void sepaContractThenIbanOnlyMaskedInTheBody() {
        SupplyContractRecord contract = new SupplyContractRecord(
                "Luce Sicura Bioraria",
                LocalDate.of(2023, 3, 1),
                null,
                new BigDecimal("4.50"),
                new BigDecimal("4.95"),
                "230 V",
                "DOMESTICO_RESIDENTE",
                PaymentMethod.SEPA,
                Iban.parse(IBAN).orElseThrow(),
                "SPRT-C0001-0001");

        String body =
                PortalResponses.write(ContractDataJson.of(new SupplyContract(Optional.of(contract), Optional.empty())));

        assertThat(body)
                .doesNotContain(IBAN)
                .doesNotContain("0542811101")
                .contains("\"iban\":\"IT** **** **** 3456\"")
                .contains("\"start\":\"2023-03-01\",\"end\":null")
                .contains("\"contractedPowerKw\":4.50")
                .contains("\"paymentMethod\":\"SEPA\"")
                .endsWith("\"meter\":null}");
    }

    @Test
    void gasMeterWithClassAndCorrectorAndNoContract() {
        String body = PortalResponses.write(ContractDataJson.of(new SupplyContract(
                Optional.empty(), Optional.of(new MeterRecord("G-00345012", "VOLUMETRIC", "G16", "CV-0098123")))));

        assertThat(body)
                .isEqualTo("{\"contract\":null,\"meter\":{\"serial\":\"G-00345012\",\"type\":\"VOLUMETRIC\","
                        + "\"meterClass\":\"G16\",\"correctorSerial\":\"CV-0098123\"}}");
    }
}
