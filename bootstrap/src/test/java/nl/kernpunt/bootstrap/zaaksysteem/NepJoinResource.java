package nl.kernpunt.bootstrap.zaaksysteem;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Starts {@link NepJoin} and configures gemeente {@value #GEMEENTE} against it. With the system
 * property {@code kernpunt.test.zaken-url} (set by {@code .ci/run}) the Zaken API is reached through
 * that URL (Prism's proxy, which checks every request and answer against the official contract) and
 * the fake listens on {@code kernpunt.test.join-poort}, where the proxy forwards to.
 */
public class NepJoinResource implements QuarkusTestResourceLifecycleManager {

    public static final String GEMEENTE = "0999";
    public static final String RSIN = "002220647";
    public static final String ST = NepJoin.CATALOGUS + "/statustypen/";
    public static final String RT = NepJoin.CATALOGUS + "/resultaattypen/";
    public static final String ZAAKTYPE = NepJoin.CATALOGUS + "/zaaktypen/0b6f5d5e-2b69-4a5d-9a43-0c4a0b1b7a11";
    public static final String ZAAKTYPE_VRAAG = NepJoin.CATALOGUS + "/zaaktypen/4d1c2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    public static final String ROLTYPE = NepJoin.CATALOGUS + "/roltypen/6c8e0a0f-6e1b-4b39-9b0c-5b2a2d3f0e21";
    public static final String EIND = ST + "afgehandeld";

    public static final int TIMEOUT_SECONDEN = 4;
    public static final String NOTIFICATIE_TOKEN = "Bearer notificaties-van-join-0999";

    public static volatile NepJoin join;

    @Override
    public Map<String, String> start() {
        int poort = Integer.getInteger("kernpunt.test.join-poort", 0);
        join = new NepJoin(poort, Set.of(EIND));
        join.zetAan();
        String zakenUrl = System.getProperty("kernpunt.test.zaken-url");
        if (zakenUrl != null) {
            join.basis(zakenUrl);
        }
        Map<String, String> config = new HashMap<>(koppeling(GEMEENTE, join, "kernpunt-test"));
        // short waits so the fault tests see retries within seconds; the timeout stays well above what a
        // loaded build machine needs for one call, as a call still running in Join when we give up
        // is the one case check-before-write cannot see (docs/adr/0012)
        config.put("kernpunt.zaaksysteem.timeout", "PT" + TIMEOUT_SECONDEN + "S");
        config.put("kernpunt.zaaksysteem.herhaling.basis", "PT1S");
        config.put("kernpunt.zaaksysteem.herhaling.maximum", "PT2S");
        config.put("kernpunt.zaaksysteem.herhaling.max-pogingen", "50");
        config.put("kernpunt.zaaksysteem.herhaling.claimduur", "PT3S");
        config.put("kernpunt.zaaksysteem.gemeenten.\"" + GEMEENTE + "\".notificatie-token", NOTIFICATIE_TOKEN);
        return config;
    }

    /** The gemeente's Join is this fake: its URLs, secrets, RSIN and the zaaktypen of both kinds of item. */
    public static Map<String, String> koppeling(String gemeente, NepJoin join, String clientId) {
        String g = "kernpunt.zaaksysteem.gemeenten.\"" + gemeente + "\".";
        Map<String, String> config = new HashMap<>();
        config.put(g + "zaken.url", join.basis());
        config.put(g + "zaken.client-id", clientId);
        config.put(g + "zaken.secret", NepJoin.ZAKEN_GEHEIM);
        config.put(g + "catalogi.url", join.catalogiBasis());
        config.put(g + "catalogi.client-id", clientId);
        config.put(g + "catalogi.secret", NepJoin.CATALOGI_GEHEIM);
        config.put(g + "rsin", RSIN);
        soort(config, g + "soorten.initiatief.", ZAAKTYPE,
                new String[] {"ingediend", "in-behandeling", "rol-bepaald", "in-uitvoering"},
                new String[] {"afgerond", "afgewezen", "ingetrokken"});
        soort(config, g + "soorten.vraag.", ZAAKTYPE_VRAAG,
                new String[] {"ontvangen", "doorgezet", "procesantwoord-gegeven", "beantwoord", "wacht-op-inwoner"},
                new String[] {"gesloten"});
        return config;
    }

    private static void soort(Map<String, String> config, String s, String zaaktype, String[] open, String[] eind) {
        config.put(s + "zaaktype", zaaktype);
        config.put(s + "roltype-initiator", ROLTYPE);
        for (String status : open) {
            config.put(s + "statustypen." + status, ST + status);
        }
        for (String status : eind) {
            config.put(s + "statustypen." + status, EIND);
            config.put(s + "resultaattypen." + status, RT + status);
        }
    }

    @Override
    public void stop() {
        if (join != null) {
            join.sluit();
        }
    }
}
