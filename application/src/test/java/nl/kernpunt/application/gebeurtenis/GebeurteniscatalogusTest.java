package nl.kernpunt.application.gebeurtenis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

class GebeurteniscatalogusTest {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Instant OP = Instant.parse("2026-12-04T10:15:30Z");

    @Test
    void a_status_change_becomes_an_event_with_only_the_named_values() {
        UUID id = UUID.randomUUID();
        Gebeurtenis g = Gebeurteniscatalogus.uit(Auditregel.van(BUREN, Auditsoort.INITIATIEF, id, OP, "Annemiek Verhoef",
                "status-gewijzigd", Map.of("van", "ingediend", "naar", "afgewezen", "reden", "Jan de Boer belde"))).orElseThrow();
        assertThat(g.type()).isEqualTo("nl.kernpunt.initiatief.status-gewijzigd");
        assertThat(g.subject()).isEqualTo(id);
        assertThat(g.dataref()).isEqualTo("/initiatieven/" + id);
        assertThat(g.tijd()).isEqualTo(OP);
        assertThat(g.data()).isEqualTo(Map.of("van", "ingediend", "naar", "afgewezen"));
        assertThat(g.toString()).doesNotContain("Annemiek", "Jan de Boer");
    }

    @Test
    void a_grant_decision_is_about_the_application_not_the_initiative() {
        UUID aanvraag = UUID.randomUUID();
        Gebeurtenis g = Gebeurteniscatalogus.uit(Auditregel.van(BUREN, Auditsoort.INITIATIEF, UUID.randomUUID(), OP, "x",
                "subsidie-toegekend", Map.of("aanvraag", aanvraag.toString(), "regeling", "leefbaarheidsbudget",
                        "bedrag", "500.00"))).orElseThrow();
        assertThat(g.type()).isEqualTo("nl.kernpunt.subsidie.toegekend");
        assertThat(g.subject()).isEqualTo(aanvraag);
        assertThat(g.bron()).isEqualTo("subsidie");
        assertThat(g.dataref()).isEqualTo("/subsidies/aanvragen/" + aanvraag);
        assertThat(g.data()).containsOnlyKeys("aanvraag", "regeling");
    }

    @Test
    void a_line_the_catalogue_does_not_name_is_no_event() {
        assertThat(Gebeurteniscatalogus.uit(Auditregel.van(BUREN, Auditsoort.INITIATIEF, UUID.randomUUID(), OP, "x",
                "contactmoment-vastgelegd", Map.of()))).isEmpty();
        assertThat(Gebeurteniscatalogus.uit(Auditregel.van(BUREN, Auditsoort.INDICATOR, UUID.randomUUID(), OP, "x",
                "gewijzigd", Map.of()))).isEmpty();
    }

    @Test
    void every_type_is_reverse_dns_under_our_prefix() {
        assertThat(Gebeurteniscatalogus.typen()).hasSize(23)
                .allMatch(t -> t.matches("nl\\.kernpunt\\.[a-z]+\\.[a-z-]+"));
    }
}
