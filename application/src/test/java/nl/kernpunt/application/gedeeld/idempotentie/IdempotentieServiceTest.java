package nl.kernpunt.application.gedeeld.idempotentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class IdempotentieServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final IdempotentieService service = new IdempotentieService(new InMemoryIdempotentieRepository(), klok);
    private final IdempotentieSleutel sleutel = new IdempotentieSleutel("0214:gebruiker:maakKern", "abc-123");
    private final OpgeslagenAntwoord eerste = new OpgeslagenAntwoord(201, "/api/v1/kernen/1", "\"0\"", "{}");

    @Test
    void the_same_key_and_body_replay_the_first_response() {
        assertThat(service.reserveer(sleutel, "body-1")).isInstanceOf(Reservering.Nieuw.class);
        service.legVast(sleutel, eerste);

        assertThat(service.reserveer(sleutel, "body-1")).isEqualTo(new Reservering.Herhaling(eerste));
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        service.reserveer(sleutel, "body-1");
        service.legVast(sleutel, eerste);

        assertThatThrownBy(() -> service.reserveer(sleutel, "body-2")).isInstanceOf(IdempotentieSleutelHergebruikt.class);
    }

    @Test
    void a_repetition_while_the_first_request_runs_is_asked_to_retry() {
        service.reserveer(sleutel, "body-1");

        assertThatThrownBy(() -> service.reserveer(sleutel, "body-1")).isInstanceOf(IdempotentieInBehandeling.class);
    }

    @Test
    void a_freed_key_and_an_expired_key_can_be_used_again() {
        service.reserveer(sleutel, "body-1");
        service.geefVrij(sleutel);
        assertThat(service.reserveer(sleutel, "body-2")).isInstanceOf(Reservering.Nieuw.class);
        service.legVast(sleutel, eerste);

        klok.verzet(IdempotentieService.BEWAARTERMIJN.plus(Duration.ofSeconds(1)));

        assertThat(service.reserveer(sleutel, "body-3")).isInstanceOf(Reservering.Nieuw.class);
    }
}
