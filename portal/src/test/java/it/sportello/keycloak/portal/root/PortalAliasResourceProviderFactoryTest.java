package it.sportello.keycloak.portal.root;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keycloak.Config;

class PortalAliasResourceProviderFactoryTest {

    @Test
    void startRefusedWhenAnOptionIsSetUnderTheFormerPrefix() {
        Config.Scope scope = mock(Config.Scope.class);
        when(scope.getPropertyNames()).thenReturn(Set.of("kc.spi-realm-restapi-extension--portal--allowed-clients"));

        assertThatIllegalStateException()
                .isThrownBy(() -> new PortalAliasResourceProviderFactory().init(scope))
                .withMessageContaining("--spi-realm-restapi-extension--sportello-portal--");
    }

    @Test
    void startsWhenNoOptionIsSetUnderTheFormerPrefix() {
        Config.Scope scope = mock(Config.Scope.class);
        when(scope.getPropertyNames()).thenReturn(Set.of());

        assertThatCode(() -> new PortalAliasResourceProviderFactory().init(scope))
                .doesNotThrowAnyException();
    }
}
