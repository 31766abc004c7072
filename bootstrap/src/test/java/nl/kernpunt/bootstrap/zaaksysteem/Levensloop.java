package nl.kernpunt.bootstrap.zaaksysteem;

import static nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource.EIND;
import static nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource.ST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * What Join must hold once initiatives went through their whole lifecycle (ingediend to afgerond):
 * the check the fault tests share, in one JVM and with the service in processes of its own.
 */
final class Levensloop {

    static final List<String> STATUSTYPEN = List.of(ST + "ingediend", ST + "in-behandeling",
            ST + "rol-bepaald", ST + "in-uitvoering", EIND);

    /** A zaak, its five statuses, the initiator's rol and the resultaat. */
    static final int SCHRIJFACTIES_PER_INITIATIEF = 1 + STATUSTYPEN.size() + 1 + 1;

    /** Outbox rows per initiative: the registration and four transitions. */
    static final int OUTBOXRIJEN_PER_INITIATIEF = STATUSTYPEN.size();

    private static final List<String> SOORTEN = List.of("zaken", "statussen", "rollen", "resultaten");

    private Levensloop() {
    }

    /** Every zaak has its five statuses once, in order, one rol and one resultaat; Join refused nothing. */
    static void allesPreciesEenmaal(NepJoin join, List<String> identificaties) {
        for (String id : identificaties) {
            assertThat(join.zaak(id)).as(id).isNotNull();
            assertThat(join.statustypen(id)).as(id).containsExactlyElementsOf(STATUSTYPEN);
            assertThat(join.rollenVan(id)).as(id).hasSize(1);
            assertThat(join.resultatenVan(id)).as(id).hasSize(1);
        }
        assertThat(join.weigeringen()).isEmpty();
    }

    /** The writes Join accepted between two readings of {@link NepJoin#alleSchrijfacties()}. */
    static int verschil(Map<String, Integer> voor, Map<String, Integer> na) {
        int totaal = 0;
        for (String soort : SOORTEN) {
            totaal += na.getOrDefault(soort, 0) - voor.getOrDefault(soort, 0);
        }
        return totaal;
    }
}
