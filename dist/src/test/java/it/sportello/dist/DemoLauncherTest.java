package it.sportello.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoLauncherTest {

    private static final DemoSettings SETTINGS = new DemoSettings(Path.of("/kc"), 18180, 19100, 12525, 18025);

    @Test
    void withSmtpPortWhenRealmHasSmtpServerThenOnlyItsPortChanges() {
        String realm = "{\"port\": \"443\", \"smtpServer\" : {\n  \"host\" : \"localhost\",\n  \"port\" : \"2525\",\n"
                + "  \"from\" : \"noreply@sportello.example\"\n}, \"other\": {\"port\": \"1\"}}";

        String patched = DemoLauncher.withSmtpPort(realm, 12525);

        assertThat(patched)
                .isEqualTo(realm.replace("\"port\" : \"2525\"", "\"port\" : \"12525\""))
                .contains("\"port\": \"443\"")
                .contains("\"port\": \"1\"");
    }

    @Test
    void withSmtpPortWhenNoSmtpServerThenUnchanged() {
        String realm = "{\"realm\": \"customer-portal\", \"port\": \"2525\"}";

        assertThat(DemoLauncher.withSmtpPort(realm, 12525)).isEqualTo(realm);
    }

    @Test
    void bannerShowsTheUrlsAndTheDemoLogins() {
        String banner = DemoLauncher.banner(SETTINGS, "demo / Demo-Portale-2026\n");

        assertThat(banner)
                .contains("http://localhost:18180/realms/customer-portal/account")
                .contains("http://localhost:18180/admin")
                .contains("http://localhost:18025")
                .contains("Demo logins:")
                .contains("   demo / Demo-Portale-2026");
    }

    @Test
    void demoChoosesTheDevSmsSenderSoItsSmsReachTheMailViewer() {
        // a server that chooses no sender offers no SMS: the demo chooses the one that mails them to the mail sink
        assertThat(DemoServerOptions.command(SETTINGS)).contains("--spi-sportello-sms--provider=dev");
    }

    @Test
    void bannerWithoutDemoLoginsHasNoLoginSection() {
        assertThat(DemoLauncher.banner(SETTINGS, "")).doesNotContain("Demo logins");
    }
}
