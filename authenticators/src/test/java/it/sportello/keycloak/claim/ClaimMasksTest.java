package it.sportello.keycloak.claim;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.Address;
import org.junit.jupiter.api.Test;

class ClaimMasksTest {

    @Test
    void addressKeepsKindOfStreetInitialNumberAndTownOnly() {
        assertThat(ClaimMasks.address(new Address("Via Indipendenza 12", "40121", "Bologna", "BO")))
                .isEqualTo("Via I. 12, Bologna");
        assertThat(ClaimMasks.address(new Address("Via Giuseppe Garibaldi 7/B", "10122", "Torino", "TO")))
                .isEqualTo("Via G. G. 7/B, Torino");
        // a single word is a name, not a kind of street
        assertThat(ClaimMasks.address(new Address("Garibaldi 7", null, "Torino", null)))
                .isEqualTo("G. 7, Torino");
    }

    @Test
    void addressWithMissingPartsShowsWhatIsLeftOrNothing() {
        assertThat(ClaimMasks.address(new Address(null, "40121", "Bologna", "BO")))
                .isEqualTo("Bologna");
        assertThat(ClaimMasks.address(new Address("Corso Venezia 10", null, null, null)))
                .isEqualTo("Corso V. 10");
        assertThat(ClaimMasks.address(new Address(null, null, null, null))).isNull();
        assertThat(ClaimMasks.address(null)).isNull();
    }

    @Test
    void emailKeepsFirstCharacterAndDomain() {
        assertThat(ClaimMasks.email("contatti@luceverde.example")).isEqualTo("c***@luceverde.example");
        assertThat(ClaimMasks.email("m@example.com")).isEqualTo("m***@example.com");
        assertThat(ClaimMasks.email("broken")).isEqualTo("***");
        assertThat(ClaimMasks.email(null)).isNull();
    }

    @Test
    void proofOfPossessionIsOnUnlessExplicitlyOff() {
        assertThat(ProofOfPossession.of(null)).isEqualTo(ProofOfPossession.INVOICE_NUMBER);
        assertThat(ProofOfPossession.of("of")).isEqualTo(ProofOfPossession.INVOICE_NUMBER);
        assertThat(ProofOfPossession.of("invoice-number")).isEqualTo(ProofOfPossession.INVOICE_NUMBER);
        assertThat(ProofOfPossession.of(" off ")).isEqualTo(ProofOfPossession.OFF);
    }
}
