package nl.kernpunt.adapter.rest.vraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapperImpl;
import nl.kernpunt.api.model.Termijnsoort;
import nl.kernpunt.api.model.Vraag;
import nl.kernpunt.api.model.VraagStatus;
import nl.kernpunt.api.model.Vraagactie;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Actie;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import org.junit.jupiter.api.Test;

class VraagApiMapperTest {

    /** 10:15 UTC, read on a clock in another zone: the API still writes UTC. */
    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-27T10:15:00Z"), ZoneOffset.ofHours(1));

    private final VraagApiMapper mapper = new VraagApiMapperImpl(new WaardeApiMapperImpl());

    private static nl.kernpunt.domain.vraag.Vraag eenVraag() {
        return nl.kernpunt.domain.vraag.Vraag.ontvang(new Gemeentecode("0214"), KernId.nieuw(), "Afval", "Elke week.",
                new Contactpersoon("Mevrouw Van Rijn", "vanrijn@example.nl", null), KLOK.instant(), null,
                Antwoordtermijn.EEN_WEEK, "Sanne de Vries", KLOK);
    }

    @Test
    void an_unsettled_term_has_no_verdict_and_every_moment_is_utc() {
        Vraag dto = mapper.naarDto(GelezenVraag.op(eenVraag(), KLOK.instant()));

        assertThat(dto.getStatus()).isEqualTo(VraagStatus.ONTVANGEN);
        assertThat(dto.getTermijn().getSoort()).isEqualTo(Termijnsoort.KALENDERDAGEN);
        // a week later across the switch to summer time: 11:15 local both times
        assertThat(dto.getDeadline()).isEqualTo(OffsetDateTime.parse("2026-04-03T09:15:00Z"));
        assertThat(dto.getTermijnGehaald()).isNull();
        assertThat(dto.getVerlopen()).isFalse();
        assertThat(dto.getKernambtenaar()).isNull();
        assertThat(dto.getStatushistorie()).singleElement().satisfies(o -> assertThat(o.getVan()).isNull());
    }

    @Test
    void a_late_question_is_verlopen_and_the_procesantwoord_date_is_shown() {
        nl.kernpunt.domain.vraag.Vraag vraag = eenVraag();
        Clock later = Clock.offset(KLOK, Duration.ofDays(9));
        vraag.geefProcesantwoord("monteur komt", LocalDate.of(2026, 4, 20), new Contactpersoon("Team Openbare Ruimte", null, null), "x", later);

        Vraag dto = mapper.naarDto(GelezenVraag.op(vraag, later.instant()));

        assertThat(dto.getTermijnGehaald()).isFalse();
        assertThat(dto.getVerlopen()).isTrue();
        assertThat(dto.getVerwachtAntwoordOp()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(dto.getEersteReactieOp()).isEqualTo(OffsetDateTime.parse("2026-04-05T10:15:00Z"));
    }

    @Test
    void every_contract_action_maps_to_a_use_case_action() {
        for (Vraagactie actie : Vraagactie.values()) {
            assertThat(mapper.naarDomein(actie).extern()).isEqualTo(actie.toString());
        }
        assertThat(mapper.naarDomein(Vraagactie.WACHT_OP_INWONER)).isEqualTo(Actie.WACHT_OP_INWONER);
    }
}
