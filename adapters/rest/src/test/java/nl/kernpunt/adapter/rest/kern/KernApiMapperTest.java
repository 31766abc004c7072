package nl.kernpunt.adapter.rest.kern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapperImpl;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.in.GelezenKern;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.kern.Uitrolfase;
import org.junit.jupiter.api.Test;

class KernApiMapperTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.ofHours(1));

    private final KernApiMapper mapper = new KernApiMapperImpl(new WaardeApiMapperImpl());
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final Kern kern = Kern.nieuw(new Gemeentecode("0214"),
            new KernProfiel("Maurik", "Maurik e.o.", Uitrolfase.STARTEN, List.of(), List.of()),
            new Contactpersoon("Fatima Amrani", "f.amrani@buren.nl", null), new Contactpersoon("Wethouder Smits", null, null),
            "beheerder", KLOK);

    @Test
    void staff_see_the_current_holders_the_whole_history_and_utc_moments() {
        kern.draagOver(Functie.KERNAMBTENAAR, new Contactpersoon("Pieter de Wit", null, null), "beheerder", "Lopend", KLOK);

        nl.kernpunt.api.model.Kern dto = mapper.naarDto(GelezenKern.volledig(kern));

        assertThat(dto.getKernambtenaar().getNaam()).isEqualTo("Pieter de Wit");
        assertThat(dto.getKernwethouder().getNaam()).isEqualTo("Wethouder Smits");
        assertThat(dto.getFunctiehistorie()).extracting(v -> v.getPersoon().getNaam())
                .containsExactly("Fatima Amrani", "Wethouder Smits", "Pieter de Wit");
        assertThat(dto.getAangemaaktOp().getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(dto.getUitrolfase()).isEqualTo(nl.kernpunt.api.model.Uitrolfase.STARTEN);
    }

    @Test
    void others_get_the_same_schema_with_the_non_public_fields_absent() {
        JsonNode openbaar = json.valueToTree(mapper.naarDto(GelezenKern.voor(kern, Optional.empty(),
                gemeente -> nl.kernpunt.domain.gemeente.GemeenteInstellingen.STANDAARD)));

        assertThat(openbaar.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "gemeente", "naam", "gebied", "kernambtenaar", "gearchiveerd");
    }

    @Test
    void a_list_without_filters_still_has_a_filter() {
        assertThat(mapper.naarFilter(null, null, null, null, null)).isEqualTo(new KernFilter(null, null, null, null, null));
    }
}
