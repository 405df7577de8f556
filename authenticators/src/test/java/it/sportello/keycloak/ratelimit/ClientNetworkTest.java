package it.sportello.keycloak.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void ipv4AddressIsItsOwnKey() {
        assertThat(ClientNetwork.rateLimitKey("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientNetwork.rateLimitKey(" 198.51.100.7 ")).isEqualTo("198.51.100.7");
        assertThat(ClientNetwork.rateLimitKey("192.0.2.1")).isNotEqualTo(ClientNetwork.rateLimitKey("192.0.2.2"));
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareOneKey() {
        String first = ClientNetwork.rateLimitKey("2001:db8:1234:5678::1");
        String random = ClientNetwork.rateLimitKey("2001:0DB8:1234:5678:9abc:def0:1234:5678");
        String bracketed = ClientNetwork.rateLimitKey("[2001:db8:1234:5678:ffff:ffff:ffff:ffff]");
        String zoned = ClientNetwork.rateLimitKey("2001:db8:1234:5678::2%eth0");

        assertThat(first).isEqualTo("2001:0db8:1234:5678::/64");
        assertThat(random).isEqualTo(first);
        assertThat(bracketed).isEqualTo(first);
        assertThat(zoned).isEqualTo(first);
    }

    @Test
    void ipv6AddressesOfNeighbouringSlash64sHaveTheirOwnKeys() {
        assertThat(ClientNetwork.rateLimitKey("2001:db8:1234:5679::1"))
                .isNotEqualTo(ClientNetwork.rateLimitKey("2001:db8:1234:5678::1"));
        assertThat(ClientNetwork.rateLimitKey("0:0:0:0:0:0:0:1")).isEqualTo("0000:0000:0000:0000::/64");
    }

    @Test
    void ipv4MappedIpv6AddressCountsAsTheIpv4Client() {
        assertThat(ClientNetwork.rateLimitKey("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientNetwork.rateLimitKey("0:0:0:0:0:ffff:c000:201")).isEqualTo("192.0.2.1");
        assertThat(ClientNetwork.rateLimitKey("[::FFFF:192.0.2.1]")).isEqualTo("192.0.2.1");
    }

    @Test
    void whatIsNoAddressIsUsedAsItIsAndNeverResolved() {
        assertThat(ClientNetwork.rateLimitKey(null)).isEmpty();
        assertThat(ClientNetwork.rateLimitKey("localhost")).isEqualTo("localhost");
        assertThat(ClientNetwork.rateLimitKey("unknown:host")).isEqualTo("unknown:host");
        assertThat(ClientNetwork.rateLimitKey("1:2:3")).isEqualTo("1:2:3");
    }
}
