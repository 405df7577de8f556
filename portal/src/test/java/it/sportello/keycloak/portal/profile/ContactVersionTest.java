package it.sportello.keycloak.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.ContactDetails;
import org.junit.jupiter.api.Test;

/** The version a contact change is checked against: the same for the same fields, another for any change. */
class ContactVersionTest {

    private static final ContactDetails ROSSI = new ContactDetails("mario.rossi@example.com", "+39 055 1", null);

    @Test
    void sameFieldsSameVersionWhateverTheSurroundingSpaces() {
        assertThat(ContactVersion.of(ROSSI))
                .isEqualTo(ContactVersion.of(new ContactDetails(" mario.rossi@example.com", "+39 055 1 ", "")))
                .hasSize(32);
    }

    @Test
    void anyChangedFieldChangesTheVersion() {
        String version = ContactVersion.of(ROSSI);
        assertThat(ContactVersion.of(new ContactDetails("mario.rossi@example.com", "+39 055 2", null)))
                .isNotEqualTo(version);
        assertThat(ContactVersion.of(new ContactDetails("mario.rossi@example.com", "+39 055 1", "+39 055 1")))
                .isNotEqualTo(version);
        assertThat(ContactVersion.of(new ContactDetails("m.rossi@example.com", "+39 055 1", null)))
                .isNotEqualTo(version);
        // a value moved from one field to the next is another version
        assertThat(ContactVersion.of(new ContactDetails("mario.rossi@example.com", null, "+39 055 1")))
                .isNotEqualTo(version);
    }
}
