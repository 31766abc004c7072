package nl.kernpunt.application.gedeeld.idempotentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

/** The rules of a key; that claim, use case and answer commit together is shown against PostgreSQL (KernenApiTest). */
class IdempotentieServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryIdempotentieRepository opslag = new InMemoryIdempotentieRepository();
    private final IdempotentieService service = new IdempotentieService(opslag, klok);
    private final IdempotentieSleutel sleutel = new IdempotentieSleutel("0214:gebruiker:maakKern", "abc-123");
    private final OpgeslagenAntwoord eerste = new OpgeslagenAntwoord(201, "/api/v1/kernen/1", "\"0\"", "{}");
    private final AtomicInteger aangemaakt = new AtomicInteger();

    private OpgeslagenAntwoord maakAan() {
        aangemaakt.incrementAndGet();
        return eerste;
    }

    @Test
    void the_same_key_and_body_replay_the_first_response_without_creating_again() {
        assertThat(service.eenmaal(sleutel, "body-1", this::maakAan)).isInstanceOf(Reservering.Nieuw.class);

        assertThat(service.eenmaal(sleutel, "body-1", this::maakAan)).isEqualTo(new Reservering.Herhaling(eerste));
        assertThat(aangemaakt).hasValue(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        service.eenmaal(sleutel, "body-1", this::maakAan);

        assertThatThrownBy(() -> service.eenmaal(sleutel, "body-2", this::maakAan))
                .isInstanceOf(IdempotentieSleutelHergebruikt.class);
        assertThat(aangemaakt).hasValue(1);
    }

    @Test
    void a_claim_without_an_answer_left_from_before_is_reported_as_running() {
        opslag.reserveer(sleutel, "body-1", klok.instant().plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> service.eenmaal(sleutel, "body-1", this::maakAan))
                .isInstanceOf(IdempotentieInBehandeling.class);
        assertThat(aangemaakt).hasValue(0);
    }

    @Test
    void an_expired_key_can_be_used_again() {
        service.eenmaal(sleutel, "body-1", this::maakAan);

        klok.verzet(IdempotentieService.BEWAARTERMIJN.plus(Duration.ofSeconds(1)));

        assertThat(service.eenmaal(sleutel, "body-3", this::maakAan)).isInstanceOf(Reservering.Nieuw.class);
        assertThat(aangemaakt).hasValue(2);
    }
}
