package nl.kernpunt.adapter.zaaksysteem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kernpunt.zaaksysteem.*}: the case system per gemeente, keyed by CBS code. Without any
 * gemeente configured the sync is off: outbox rows wait and nothing is called. Secrets come from the
 * environment or an external config source, never from a file in git, e.g.
 * {@code KERNPUNT_ZAAKSYSTEEM_GEMEENTEN__0214__ZAKEN_SECRET}.
 */
@ConfigMapping(prefix = "kernpunt.zaaksysteem")
public interface ZaaksysteemInstellingen {

    /** How often the dispatcher runs, e.g. {@code 5s}; {@code off} (the default) leaves it to be run by hand. */
    @WithDefault("off")
    String dispatchInterval();

    /** How often open items are compared with their zaken, e.g. {@code 15m}; {@code off} by default. */
    @WithDefault("off")
    String reconciliatieInterval();

    /** Read and connect timeout of every call to the case system. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How long a minted ZGW token is reused before a fresh one is made. */
    @WithDefault("PT4M")
    Duration tokenGeldigheid();

    Herhaling herhaling();

    Map<String, Koppeling> gemeenten();

    interface Herhaling {
        @WithDefault("PT2S")
        Duration basis();

        @WithDefault("PT10M")
        Duration maximum();

        /** Failures after which a row Join answered but could not serve is parked; an unreachable Join parks nothing. */
        @WithDefault("10")
        int maxPogingen();

        /** Consecutive failures to reach a gemeente's Join after which only one probe at a time goes there. */
        @WithDefault("5")
        int drempel();

        /** Opdrachten per second this instance sends to one gemeente's Join at most; 0: no cap. */
        @WithDefault("20")
        int tempo();

        /** Longer than a dispatch round can take; a dispatcher that dies frees its rows after it. */
        @WithDefault("PT2M")
        Duration claimduur();

        @WithDefault("50")
        int batch();
    }

    interface Koppeling {
        Api zaken();

        Api catalogi();

        /**
         * What the gemeente's Notificaties API sends in {@code Authorization} to our webhook (the
         * {@code auth} of its abonnement); unset: every notification for this gemeente is refused.
         */
        Optional<String> notificatieToken();

        /** Sent as bronorganisatie and verantwoordelijkeOrganisatie. */
        String rsin();

        /** Per kind of item ({@code initiatief}, {@code vraag}). */
        Map<String, Soort> soorten();
    }

    interface Api {
        /** Base URL, e.g. {@code https://join.example.nl/zaken/api/v1}. */
        String url();

        String clientId();

        String secret();

        @WithDefault("kernpunt")
        String userId();

        @WithDefault("Kernpunt")
        String userRepresentation();
    }

    interface Soort {
        String zaaktype();

        /** Our status ({@code in-behandeling}) to the statustype URL. */
        Map<String, String> statustypen();

        String roltypeInitiator();

        /** Our final statuses ({@code afgerond}, {@code afgewezen}, {@code ingetrokken}) to a resultaattype URL. */
        Map<String, String> resultaattypen();
    }
}
