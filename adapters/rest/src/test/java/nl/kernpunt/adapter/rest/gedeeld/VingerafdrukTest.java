package nl.kernpunt.adapter.rest.gedeeld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.api.model.ConvenantStatus;
import nl.kernpunt.api.model.Dorpsbelangenorganisatie;
import nl.kernpunt.api.model.KernNieuw;
import org.junit.jupiter.api.Test;

class VingerafdrukTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void the_same_content_gives_the_same_fingerprint_whatever_the_order_of_the_fields() {
        Map<String, Object> eerst = new LinkedHashMap<>();
        eerst.put("b", 1);
        eerst.put("a", Map.of("d", 2, "c", List.of(Map.of("z", 1, "y", 2))));
        Map<String, Object> anders = new LinkedHashMap<>();
        anders.put("a", new LinkedHashMap<>(Map.of("c", List.of(new LinkedHashMap<>(Map.of("y", 2, "z", 1))), "d", 2)));
        anders.put("b", 1);

        assertThat(Vingerafdruk.van(json, eerst)).isEqualTo(Vingerafdruk.van(json, anders)).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void another_body_gives_another_fingerprint() {
        assertThat(Vingerafdruk.van(json, new KernNieuw("Zoelmond")))
                .isNotEqualTo(Vingerafdruk.van(json, new KernNieuw("Zoelen")));
    }

    @Test
    void a_dto_and_the_same_json_as_a_map_have_one_fingerprint() {
        KernNieuw kern = new KernNieuw("Asch").addDorpsbelangenorganisatiesItem(
                new Dorpsbelangenorganisatie("Dorpsraad", ConvenantStatus.AFGESLOTEN).convenantDatum(LocalDate.of(2020, 11, 15)));
        Map<String, Object> alsMap = json.convertValue(kern, Map.class);

        assertThat(Vingerafdruk.van(json, kern)).isEqualTo(Vingerafdruk.van(json, alsMap));
    }
}
