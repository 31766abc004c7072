package nl.kernpunt.application.monitoring.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.monitoring.port.in.Monitoring;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

class MonitoringgeheugenTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 5);
    private static final Monitoringbereik BUREN = bereik("0214");

    private final Monitoringgeheugen geheugen = new Monitoringgeheugen();
    private final AtomicInteger berekend = new AtomicInteger();
    /** Null stands for a computed answer: only how often it was computed matters here. */
    private final Supplier<Monitoring> bereken = () -> {
        berekend.incrementAndGet();
        return null;
    };

    private static Monitoringbereik bereik(String gemeente) {
        return new Monitoringbereik(new Gemeentecode(gemeente), Optional.empty(), Periode.halfjaarVan(VANDAAG));
    }

    @Test
    void an_unchanged_probe_hands_out_the_kept_figures() {
        geheugen.geef(BUREN, VANDAAG, 7, bereken);
        geheugen.geef(BUREN, VANDAAG, 7, bereken);

        assertThat(berekend).hasValue(1);
    }

    @Test
    void a_change_in_between_computes_again_and_keeps_the_new_count() {
        geheugen.geef(BUREN, VANDAAG, 7, bereken);
        geheugen.geef(BUREN, VANDAAG, 8, bereken);
        geheugen.geef(BUREN, VANDAAG, 8, bereken);

        assertThat(berekend).hasValue(2);
        assertThat(geheugen.berekend()).isEqualTo(2);
    }

    @Test
    void another_day_or_scope_is_computed_for_itself() {
        geheugen.geef(BUREN, VANDAAG, 7, bereken);
        geheugen.geef(BUREN, VANDAAG.plusDays(1), 7, bereken);
        geheugen.geef(bereik("9991"), VANDAAG, 7, bereken);

        assertThat(berekend).hasValue(3);
    }

    @Test
    void only_the_most_recently_used_scopes_are_kept() {
        for (int i = 0; i <= Monitoringgeheugen.PLAATSEN; i++) {
            geheugen.geef(bereik("%04d".formatted(i)), VANDAAG, 7, bereken);
        }
        geheugen.geef(bereik("%04d".formatted(Monitoringgeheugen.PLAATSEN)), VANDAAG, 7, bereken);
        geheugen.geef(bereik("0000"), VANDAAG, 7, bereken);

        assertThat(berekend).hasValue(Monitoringgeheugen.PLAATSEN + 2);
    }
}
