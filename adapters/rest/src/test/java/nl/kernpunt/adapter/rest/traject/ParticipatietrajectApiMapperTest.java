package nl.kernpunt.adapter.rest.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapperImpl;
import nl.kernpunt.api.model.Participatieniveau;
import nl.kernpunt.api.model.ParticipatietrajectGegevens;
import nl.kernpunt.api.model.Trajectstap;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.Middelen;
import nl.kernpunt.domain.traject.Middeltype;
import nl.kernpunt.domain.traject.Participatiemiddel;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.TrajectGegevens;
import org.junit.jupiter.api.Test;

class ParticipatietrajectApiMapperTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.ofHours(1));

    private final ParticipatietrajectApiMapper mapper = new ParticipatietrajectApiMapperImpl(new WaardeApiMapperImpl());

    @Test
    void the_ladder_lists_the_five_levels_in_order_with_levels_four_and_five_as_schaalverdieping() {
        var ladder = mapper.ladder();

        assertThat(ladder.getNiveaus()).extracting(n -> n.getNiveau()).containsExactly(Participatieniveau.INFORMEREN,
                Participatieniveau.RAADPLEGEN, Participatieniveau.ADVISEREN, Participatieniveau.COPRODUCEREN,
                Participatieniveau.MEEBESLISSEN);
        assertThat(ladder.getNiveaus()).extracting(n -> n.getSchaalverdieping()).containsExactly(false, false, false, true, true);
        assertThat(ladder.getNiveaus()).allSatisfy(n -> assertThat(n.getRolInwoner()).isNotBlank());
    }

    @Test
    void a_recorded_step_is_answered_with_when_and_by_whom_in_utc_and_open_steps_are_listed() {
        UUID kern = UUID.randomUUID();
        TrajectGegevens gegevens = mapper.naarDomein(new ParticipatietrajectGegevens().onderwerp("Speeltuin")
                .gemeentebreed(false).kernen(List.of(kern)).eigenaar(new nl.kernpunt.api.model.Contactpersoon().naam("Lotte Bakker"))
                .startDatum(LocalDate.of(2026, 6, 1)));
        Participatietraject traject = Participatietraject.nieuw(new Gemeentecode("0214"), gegevens, KLOK);
        traject.legMiddelenVast(new Middelen(List.of(new Participatiemiddel(Middeltype.ANDERS, "schouw"))), "Lotte Bakker", KLOK);

        var dto = mapper.naarDto(traject);

        assertThat(gegevens.kernen()).containsExactly(new KernId(kern));
        assertThat(gegevens.eigenaar()).isEqualTo(new Contactpersoon("Lotte Bakker", null, null));
        assertThat(dto.getStappen().getMiddelen().getMiddelen().get(0).getOmschrijving()).isEqualTo("schouw");
        assertThat(dto.getStappen().getMiddelen().getVastgelegdOp().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(dto.getStappen().getAfweging()).isNull();
        assertThat(dto.getOpenStappen()).doesNotContain(Trajectstap.MIDDELEN).hasSize(5);
        assertThat(dto.getStartDatum()).isEqualTo(LocalDate.of(2026, 6, 1));
    }
}
