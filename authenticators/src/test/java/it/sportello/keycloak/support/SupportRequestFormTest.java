package it.sportello.keycloak.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.SupportRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.keycloak.models.utils.FormMessage;

class SupportRequestFormTest {

    private static final int MAX_MESSAGE = 500;

    @Test
    void readWhenPersonWithEveryFieldThenValidAndNormalized() {
        SupportRequestForm form = SupportRequestForm.read(
                person().with("customerCode", " c 0001 ")
                        .with("taxId", "rssmra85t10a562s")
                        .with("phone", "+39 055 123456")
                        .map(),
                MAX_MESSAGE);

        assertThat(form.errors()).isEmpty();
        SupportRequest request = form.toRequest("it");
        assertThat(request.requesterKind()).isEqualTo(CustomerKind.PERSON);
        assertThat(request.firstName()).isEqualTo("Mario");
        assertThat(request.lastName()).isEqualTo("Rossi");
        assertThat(request.companyName()).isNull();
        assertThat(request.customerCode().value()).isEqualTo("C0001");
        assertThat(request.taxId().value()).isEqualTo("RSSMRA85T10A562S");
        assertThat(request.phone()).isEqualTo("+39 055 123456");
        assertThat(request.locale()).isEqualTo("it");
        assertThat(form.emailKey()).isEqualTo("mario.rossi@example.com");
    }

    @Test
    void readWhenOnlyRequiredFieldsThenValidWithoutCodeTaxIdOrPhone() {
        SupportRequest request =
                SupportRequestForm.read(person().map(), MAX_MESSAGE).toRequest("en");

        assertThat(request.customerCode()).isNull();
        assertThat(request.taxId()).isNull();
        assertThat(request.phone()).isNull();
        assertThat(request.claimsCustomer()).isFalse();
    }

    @Test
    void readWhenCompanyThenCompanyFieldsRequiredAndPersonFieldsIgnored() {
        SupportRequestForm missing = SupportRequestForm.read(
                new Form()
                        .with("requesterKind", "company")
                        .with("firstName", "Mario")
                        .with("email", "office@example.com")
                        .with("message", "Help")
                        .map(),
                MAX_MESSAGE);

        assertThat(missing.errors())
                .extracting(FormMessage::getField, FormMessage::getMessage)
                .containsExactly(
                        tuple("companyName", SupportMessages.COMPANY_NAME_REQUIRED),
                        tuple("contactPerson", SupportMessages.CONTACT_PERSON_REQUIRED));

        SupportRequest request = SupportRequestForm.read(
                        new Form()
                                .with("requesterKind", "company")
                                .with("firstName", "ignored")
                                .with("companyName", "Acqua Chiara S.r.l.")
                                .with("contactPerson", "Giulia Neri")
                                .with("email", "office@example.com")
                                .with("message", "Help")
                                .map(),
                        MAX_MESSAGE)
                .toRequest("it");
        assertThat(request.requesterKind()).isEqualTo(CustomerKind.COMPANY);
        assertThat(request.firstName()).isNull();
        assertThat(request.companyName()).isEqualTo("Acqua Chiara S.r.l.");
        assertThat(request.contactName()).isEqualTo("Giulia Neri");
    }

    @Test
    void readWhenEmptyThenEveryRequiredFieldHasItsMessage() {
        SupportRequestForm form = SupportRequestForm.read(
                new Form().with("requesterKind", "person").map(), MAX_MESSAGE);

        assertThat(form.isValid()).isFalse();
        assertThat(form.errors())
                .extracting(FormMessage::getField, FormMessage::getMessage)
                .containsExactly(
                        tuple("firstName", SupportMessages.FIRST_NAME_REQUIRED),
                        tuple("lastName", SupportMessages.LAST_NAME_REQUIRED),
                        tuple("email", SupportMessages.EMAIL_REQUIRED),
                        tuple("message", SupportMessages.MESSAGE_REQUIRED));
        assertThatThrownBy(() -> form.toRequest("it")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readWhenKindMissingOrUnknownThenKindError() {
        assertThat(SupportRequestForm.read(
                                person().with("requesterKind", "robot").map(), MAX_MESSAGE)
                        .errors())
                .extracting(FormMessage::getField)
                .containsExactly("requesterKind");
        assertThat(SupportRequestForm.read(person().with("requesterKind", null).map(), MAX_MESSAGE)
                        .errors())
                .extracting(FormMessage::getField)
                .containsExactly("requesterKind");
    }

    @Test
    void readWhenOptionalFieldsMalformedThenTheirOwnMessages() {
        SupportRequestForm form = SupportRequestForm.read(
                person().with("customerCode", "C0001' OR '1'='1")
                        .with("taxId", "RSSMRA85T10A562X")
                        .with("phone", "call me")
                        .with("email", "not-an-address")
                        .map(),
                MAX_MESSAGE);

        assertThat(form.errors())
                .extracting(FormMessage::getField, FormMessage::getMessage)
                .containsExactly(
                        tuple("customerCode", SupportMessages.CUSTOMER_CODE_INVALID),
                        tuple("taxId", "sportelloTaxIdInvalidChecksum"),
                        tuple("email", SupportMessages.EMAIL_INVALID),
                        tuple("phone", SupportMessages.PHONE_INVALID));
    }

    @Test
    void readWhenTooLongThenLimitInTheMessage() {
        SupportRequestForm form = SupportRequestForm.read(
                person().with("lastName", "R".repeat(SupportRequestForm.MAX_NAME_LENGTH + 1))
                        .with("message", "m".repeat(MAX_MESSAGE + 1))
                        .with("email", "a".repeat(250) + "@example.com")
                        .map(),
                MAX_MESSAGE);

        assertThat(form.errors())
                .extracting(FormMessage::getField, FormMessage::getMessage)
                .containsExactly(
                        tuple("lastName", SupportMessages.TOO_LONG),
                        tuple("email", SupportMessages.EMAIL_INVALID),
                        tuple("message", SupportMessages.TOO_LONG));
        assertThat(form.errors().get(2).getParameters()).containsExactly("500");
        assertThat(SupportRequestForm.read(
                                person().with("message", "m".repeat(MAX_MESSAGE))
                                        .map(),
                                MAX_MESSAGE)
                        .isValid())
                .isTrue();
    }

    @Test
    void readKeepsMarkupAndSqlAsTextAndDropsControlCharacters() {
        String hostile = "<script>alert(1)</script>'; drop table customer; --";
        SupportRequest request = SupportRequestForm.read(
                        person().with("lastName", "Rossi\u0000<b>")
                                .with("message", " line one\r\nline\u0000 two\u0007\r\n\t" + hostile + " ")
                                .map(),
                        MAX_MESSAGE)
                .toRequest("it");

        assertThat(request.lastName()).isEqualTo("Rossi <b>");
        assertThat(request.message()).isEqualTo("line one\nline two\n\t" + hostile);
    }

    @Test
    void echoShowsTheValueBackTrimmedAndBounded() {
        MultivaluedMap<String, String> input = person().with("lastName", "  Rossi\u0000 ")
                .with("phone", "9".repeat(1_000))
                .map();

        assertThat(SupportRequestForm.echo(input, "lastName")).isEqualTo("Rossi");
        assertThat(SupportRequestForm.echo(input, "phone")).hasSize(SupportRequestForm.MAX_LINE_ECHO);
        assertThat(SupportRequestForm.echo(input, "taxId")).isEmpty();
    }

    private static Form person() {
        return new Form()
                .with("requesterKind", "person")
                .with("firstName", " Mario ")
                .with("lastName", "Rossi")
                .with("email", " Mario.Rossi@Example.com ")
                .with("message", "I cannot sign in.");
    }

    /** A posted form, built field by field. */
    private static final class Form {
        private final MultivaluedMap<String, String> values = new MultivaluedHashMap<>();

        Form with(String field, String value) {
            values.remove(field);
            if (value != null) {
                values.putSingle(field, value);
            }
            return this;
        }

        MultivaluedMap<String, String> map() {
            return values;
        }
    }
}
