package nl.kernpunt.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kernpunt.adapter.rest.gemeente.GemeentenResource;
import nl.kernpunt.adapter.rest.kern.KernenResource;
import org.junit.jupiter.api.Test;

/** A 405 names what the path does support, read from the contract's generated interfaces. */
class ToegestaneMethodenTest {

    private final ToegestaneMethoden methoden = new ToegestaneMethoden(
            List.of(KernenResource.class, GemeentenResource.class, String.class));

    @Test
    void a_collection_allows_reading_and_creating() {
        assertThat(methoden.allow("/kernen")).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(methoden.allow("kernen/")).isEqualTo("GET, HEAD, OPTIONS, POST");
    }

    @Test
    void path_variables_match_any_segment_but_not_more() {
        assertThat(methoden.allow("/kernen/0b7e7a7e-5e5a-4b7a-9d7e-3a0f5d1c2b11")).isEqualTo("GET, HEAD, OPTIONS, PUT");
        assertThat(methoden.allow("/kernen/x/archiveer")).isEqualTo("OPTIONS, POST");
        assertThat(methoden.allow("/gemeenten/0214")).isEqualTo("GET, HEAD, OPTIONS, PUT");
        assertThat(methoden.allow("/kernen/x/y/archiveer")).isNull();
    }
}
