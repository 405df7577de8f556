package it.sportello.dist;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The Keycloak command line of the demo, in one place: development mode on the loopback interface, the realms in
 * data/import imported at start, Keycloak's own dev-file H2 database, and the CRM on an embedded H2 file under data/crm
 * that Sportello's demo changelog creates and fills on first start.
 */
final class DemoServerOptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoServerOptions() {}

    static List<String> command(DemoSettings settings) {
        Path home = settings.keycloakHome();
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("kc.sh").toString());
        command.add("start-dev");
        command.add("--import-realm");
        // loopback only: the demo has a well-known admin password
        command.add("--http-host=127.0.0.1");
        command.add("--http-port=" + settings.httpPort());
        command.add("--http-management-port=" + settings.managementPort());
        command.add("--health-enabled=true");
        command.addAll(crmOptions(home));
        // the SMS of the demo (reset and mobile codes) become mails in the mail viewer; a server that chooses no
        // sender offers no SMS at all
        command.add("--spi-sportello-sms--provider=dev");
        command.addAll(secretOptions());
        return command;
    }

    /**
     * The proof-of-work signing key and the rate limiter's key hash secret: random for each launch, so the demo has no
     * well-known key, and server options so that they are never part of the realm (nor of a realm export).
     */
    static List<String> secretOptions() {
        return List.of(
                "--spi-sportello-captcha--pow--secret=" + randomSecret(),
                "--spi-sportello-rate-limit--single-use-store--key-hash-secret=" + randomSecret());
    }

    private static String randomSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /**
     * The additional datasource {@code crm} that the persistence unit of sportello-user-storage runs on. Keycloak calls
     * embedded H2 "dev-file" ("h2" is refused); XA because the CRM shares transactions with Keycloak's own database.
     * AUTO_SERVER lets a developer open the CRM with H2's tools while Keycloak runs.
     */
    static List<String> crmOptions(Path keycloakHome) {
        Path crmFile = keycloakHome.resolve("data").resolve("crm").resolve("crm");
        return List.of(
                "--db-kind-crm=dev-file",
                "--db-url-full-crm=jdbc:h2:file:" + crmFile + ";NON_KEYWORDS=VALUE,YEAR,MONTH;AUTO_SERVER=TRUE",
                "--db-username-crm=sa",
                "--db-password-crm=sa",
                "--transaction-xa-enabled-crm=true",
                "--spi-customer-directory--jpa--demo-data=true");
    }
}
