package nl.kernpunt.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.scheduler.Trigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemalevensloopTest {

    private static final Instant T = Instant.parse("2026-12-05T02:00:00Z");

    private static Trigger job(String id, Instant vorigeRonde) {
        return new Trigger() {
            @Override
            public String getId() {
                return id;
            }

            @Override
            public Instant getNextFireTime() {
                return null;
            }

            @Override
            public Instant getPreviousFireTime() {
                return vorigeRonde;
            }

            @Override
            public boolean isOverdue() {
                return false;
            }
        };
    }

    @Test
    void a_job_that_never_ran_or_whose_last_round_ended_is_not_running() {
        assertThat(Schemalevensloop.lopend(List.of(job("nooit", null), job("klaar", T)), Map.of("klaar", T)))
                .isEmpty();
    }

    @Test
    void a_job_whose_last_round_started_after_the_last_that_ended_is_running() {
        assertThat(Schemalevensloop.lopend(
                List.of(job("eerste", T), job("volgende", T.plusSeconds(5)), job("klaar", T)),
                Map.of("volgende", T, "klaar", T)))
                .containsExactly("eerste", "volgende");
    }
}
