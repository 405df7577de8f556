package it.sportello.keycloak.portal.root;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import it.sportello.keycloak.portal.admin.PortalAdminResource;
import it.sportello.keycloak.portal.admin.PortalAdminResourceProviderFactory;
import it.sportello.keycloak.portal.company.CompanyResource;
import it.sportello.keycloak.portal.documents.DocumentsResource;
import it.sportello.keycloak.portal.home.HomeResource;
import it.sportello.keycloak.portal.invoices.InvoiceDocumentsResource;
import it.sportello.keycloak.portal.profile.ProfileResource;
import it.sportello.keycloak.portal.supplypoints.SupplyPointsResource;
import it.sportello.keycloak.portal.tickets.TicketsResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code portal-openapi.yaml} is the contract: a valid OpenAPI document, and exactly the operations the JAX-RS
 * resources serve (path and method, found by reflection from {@link PortalResource} and {@link PortalAdminResource}),
 * no more and no fewer. The bodies are checked against it by the integration tests (PortalApiIT).
 */
class PortalOpenApiTest {

    /**
     * The root's locators answer CORS preflights themselves, so they return {@code Object}: the resource each one
     * hands an authenticated request to.
     */
    private static final Map<String, Class<?>> ROOT_LOCATORS = Map.of(
            "/me", ProfileResource.class,
            "/supply-points", SupplyPointsResource.class,
            "/invoices", InvoiceDocumentsResource.class,
            "/tickets", TicketsResource.class,
            "/company", CompanyResource.class,
            "/home", HomeResource.class,
            "/documents", DocumentsResource.class);

    private static OpenAPI document;

    @BeforeAll
    static void parse() throws IOException {
        String yaml;
        try (InputStream in = PortalResource.class.getClassLoader().getResourceAsStream(PortalResource.OPENAPI)) {
            assertThat(in).as(PortalResource.OPENAPI).isNotNull();
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertThat(result.getMessages()).as("problems of the document").isEmpty();
        document = result.getOpenAPI();
    }

    @Test
    void documentIsOpenApi3WithTheRealmResourceAsItsServer() {
        assertThat(document.getOpenapi()).startsWith("3.");
        assertThat(document.getServers()).first().satisfies(server -> assertThat(server.getUrl())
                .isEqualTo("/realms/{realm}/" + PortalResourceProviderFactory.ID));
    }

    @Test
    void everyOperationServedIsDocumentedAndEveryDocumentedOneIsServed() {
        Set<String> served = new TreeSet<>();
        collect(PortalResource.class, "", served);
        collect(PortalAdminResource.class, "/admin/realms/{realm}/" + PortalAdminResourceProviderFactory.ID, served);

        Set<String> documented = new TreeSet<>();
        document.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().keySet().forEach(method -> documented.add(method + " " + path)));

        assertThat(documented).as("operations in portal-openapi.yaml").isEqualTo(served);
    }

    /** The operations of a resource class below {@code prefix}, following its sub-resource locators. */
    private static void collect(Class<?> resource, String prefix, Set<String> operations) {
        for (Method method : resource.getMethods()) {
            if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String path = prefix + segment(method.getAnnotation(Path.class));
            String httpMethod = httpMethod(method);
            if (httpMethod != null) {
                // CORS preflights are answered for every path: HTTP machinery, not operations of the API
                if (!OPTIONS.class.getSimpleName().equals(httpMethod)) {
                    operations.add(httpMethod + " " + path);
                }
            } else if (method.isAnnotationPresent(Path.class)) {
                collect(locatedType(resource, method, path), path, operations);
            }
        }
    }

    private static Class<?> locatedType(Class<?> resource, Method locator, String path) {
        if (locator.getReturnType() != Object.class) {
            return locator.getReturnType();
        }
        assertThat(resource).as("locator %s returns Object", locator).isEqualTo(PortalResource.class);
        assertThat(ROOT_LOCATORS).as("resource located at %s", path).containsKey(path);
        return ROOT_LOCATORS.get(path);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String segment(Path path) {
        if (path == null || path.value().isEmpty() || path.value().equals("/")) {
            return "";
        }
        String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
