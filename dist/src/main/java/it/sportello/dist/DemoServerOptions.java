package it.sportello.dist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Keycloak command line of the demo, in one place: development mode, the exported realm imported at start, and
 * the CRM on an embedded H2 file that Sportello's demo changelog creates and fills on first start.
 */
final class DemoServerOptions {

    private DemoServerOptions() {}

    static List<String> command(DemoSettings settings) {
        Path home = settings.keycloakHome();
        Path crmFile = home.resolve("data").resolve("crm").resolve("crm");
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("kc.sh").toString());
        command.add("start-dev");
        command.add("--import-realm");
        command.add("--http-port=" + settings.httpPort());
        command.add("--http-management-port=" + settings.managementPort());
        command.add("--health-enabled=true");
        // the CRM: Keycloak calls embedded H2 "dev-file"; XA because it shares transactions with Keycloak's database
        command.add("--db-kind-crm=dev-file");
        command.add("--db-url-full-crm=jdbc:h2:file:" + crmFile + ";AUTO_SERVER=TRUE");
        command.add("--db-username-crm=sa");
        command.add("--db-password-crm=sa");
        command.add("--transaction-xa-enabled-crm=true");
        command.add("--spi-customer-directory--jpa--demo-data=true");
        return command;
    }
}
