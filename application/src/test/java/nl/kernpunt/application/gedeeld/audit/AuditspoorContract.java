package nl.kernpunt.application.gedeeld.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

public abstract class AuditspoorContract extends PortContract {

    protected Auditspoor auditspoor() {
        return poort(Auditspoor.class);
    }

    @Test
    void the_lines_of_one_aggregate_read_back_oldest_first_with_their_values() {
        Gemeentecode gemeente = nieuweGemeente();
        UUID aggregaat = UUID.randomUUID();
        Auditregel later = Auditregel.van(gemeente, "initiatief", aggregaat, klok.instant().plus(Duration.ofMinutes(5)),
                "Annemiek Verhoef", "rol-bepaald", Map.of("rol", "FACILITEREN", "reden", "past bij de kernagenda"));
        Auditregel eerder = Auditregel.van(gemeente, "initiatief", aggregaat, klok.instant(), "Annemiek Verhoef",
                "ingediend", Map.of());
        inTransactie(() -> {
            auditspoor().leg(later);
            auditspoor().leg(eerder);
            auditspoor().leg(Auditregel.van(gemeente, "initiatief", UUID.randomUUID(), klok.instant(), "x", "ander", Map.of()));
            return null;
        });

        assertThat(inTransactie(() -> auditspoor().van("initiatief", aggregaat))).containsExactly(eerder, later);
        assertThat(inTransactie(() -> auditspoor().van("participatietraject", aggregaat))).isEmpty();
    }
}
