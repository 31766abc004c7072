package nl.kernpunt.adapter.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The guard against server-side request forgery: a subscriber must be an http(s) URL whose host
 * resolves only to public addresses. Checked when a subscription is made and again before every
 * delivery, since what a name resolves to can change. Loopback and internal ranges pass only when
 * configuration says so.
 */
@ApplicationScoped
class Adresbewaking {

    private final WebhookInstellingen instellingen;

    Adresbewaking(WebhookInstellingen instellingen) {
        this.instellingen = instellingen;
    }

    Optional<String> weigering(URI url) {
        String schema = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!schema.equals("http") && !schema.equals("https") || url.getHost() == null) {
            return Optional.of("alleen http- en https-URL's met een host");
        }
        InetAddress[] adressen;
        try {
            adressen = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("de host is onbekend");
        }
        for (InetAddress adres : adressen) {
            Optional<String> reden = weigering(adres);
            if (reden.isPresent()) {
                return reden;
            }
        }
        return Optional.empty();
    }

    private Optional<String> weigering(InetAddress adres) {
        if (adres.isLoopbackAddress()) {
            return instellingen.staLoopbackToe() ? Optional.empty() : Optional.of("de host is een loopback-adres");
        }
        if (intern(adres) && !instellingen.staPriveToe()) {
            return Optional.of("de host ligt in een privé-, link-local of ander intern adresbereik");
        }
        return Optional.empty();
    }

    /** Any address that is not on the public internet. */
    static boolean intern(InetAddress adres) {
        if (adres.isAnyLocalAddress() || adres.isLinkLocalAddress() || adres.isSiteLocalAddress()
                || adres.isMulticastAddress() || adres.isLoopbackAddress()) {
            return true;
        }
        byte[] b = adres.getAddress();
        if (adres instanceof Inet4Address) {
            int eerste = b[0] & 0xff;
            int tweede = b[1] & 0xff;
            // 0/8 this network, 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarks,
            // 240/4 reserved and broadcast
            return eerste == 0 || eerste == 100 && tweede >= 64 && tweede < 128
                    || eerste == 192 && tweede == 0 && (b[2] & 0xff) == 0 || eerste == 198 && (tweede == 18 || tweede == 19)
                    || eerste >= 240;
        }
        if (adres instanceof Inet6Address) {
            // fc00::/7 unique local; an IPv4-mapped address (::ffff:a.b.c.d) is judged as its IPv4 address
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean v4 = true;
            for (int i = 0; i < 10; i++) {
                v4 &= b[i] == 0;
            }
            if (v4 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return intern(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
