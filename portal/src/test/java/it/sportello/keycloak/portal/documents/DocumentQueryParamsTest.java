package it.sportello.keycloak.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.DocumentScope;
import it.sportello.keycloak.portal.ProblemException;
import org.junit.jupiter.api.Test;

class DocumentQueryParamsTest {

    @Test
    void defaultsToBothScopesFirstPageOfTwenty() {
        DocumentQueryParams params = DocumentQueryParams.parse(null, null, " ");

        assertThat(params.query().scope()).isEqualTo(DocumentScope.ALL);
        assertThat(params.query().first()).isZero();
        assertThat(params.size()).isEqualTo(20);
    }

    @Test
    void scopeIgnoresCaseAndPageGivesTheOffset() {
        DocumentQueryParams params = DocumentQueryParams.parse("General", "2", "10");

        assertThat(params.query().scope()).isEqualTo(DocumentScope.GENERAL);
        assertThat(params.query().first()).isEqualTo(20);
    }

    @Test
    void everyWrongParameterIsOneFieldError() {
        assertThatThrownBy(() -> DocumentQueryParams.parse("mine", "-1", "101"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.problem().errors())
                                .extracting(it.sportello.keycloak.portal.FieldError::field)
                                .containsExactly("scope", "page", "size"));
    }

    @Test
    void onlyHarmlessMediaTypesAreServedAsTheyAreAndFileNamesArePlain() {
        assertThat(DocumentDownload.contentType("application/PDF; charset=x")).isEqualTo("application/pdf");
        assertThat(DocumentDownload.contentType("text/html")).isEqualTo(DocumentDownload.OCTET_STREAM);
        assertThat(DocumentDownload.contentType("image/svg+xml")).isEqualTo(DocumentDownload.OCTET_STREAM);
        assertThat(DocumentDownload.contentType(null)).isEqualTo(DocumentDownload.OCTET_STREAM);
        assertThat(DocumentDownload.fileName("contratto \"luce\"\r\n.pdf")).isEqualTo("contratto__luce___.pdf");
        assertThat(DocumentDownload.fileName("..")).isEqualTo("document");
        assertThat(DocumentDownload.fileName(null)).isEqualTo("document");
    }
}
