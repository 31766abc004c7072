package nl.kernpunt.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class AdresbewakingTest {

    @Test
    void internal_ranges_are_internal_and_public_addresses_are_not() throws Exception {
        for (String intern : new String[] {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fd00::1", "fe80::1",
                "::ffff:10.0.0.1", "198.18.0.1"}) {
            assertThat(Adresbewaking.intern(InetAddress.getByName(intern))).as(intern).isTrue();
        }
        for (String publiek : new String[] {"8.8.8.8", "145.21.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"}) {
            assertThat(Adresbewaking.intern(InetAddress.getByName(publiek))).as(publiek).isFalse();
        }
    }

    @Test
    void loopback_and_private_pass_only_when_configuration_allows_them() {
        assertThat(bewaking(false, false).weigering(URI.create("http://127.0.0.1:8080/hook"))).isPresent();
        assertThat(bewaking(true, false).weigering(URI.create("http://127.0.0.1:8080/hook"))).isEmpty();
        assertThat(bewaking(true, false).weigering(URI.create("http://10.0.0.7/hook"))).isPresent();
        assertThat(bewaking(false, true).weigering(URI.create("http://10.0.0.7/hook"))).isEmpty();
        assertThat(bewaking(true, true).weigering(URI.create("ftp://8.8.8.8/hook"))).isPresent();
        assertThat(bewaking(false, false).weigering(URI.create("https://8.8.8.8/hook"))).isEmpty();
    }

    private static Adresbewaking bewaking(boolean loopback, boolean prive) {
        return new Adresbewaking(new WebhookInstellingen() {
            public String dispatchInterval() {
                return "off";
            }

            public java.time.Duration timeout() {
                return java.time.Duration.ofSeconds(1);
            }

            public boolean staLoopbackToe() {
                return loopback;
            }

            public boolean staPriveToe() {
                return prive;
            }

            public Herhaling herhaling() {
                return null;
            }
        });
    }
}
