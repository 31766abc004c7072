package nl.kernpunt.application.gedeeld.fout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

class FoutenTest {

    private static final UUID ID = UUID.fromString("5f0c6f4e-1d7a-4a55-9a5e-3c1f1b2a7d10");

    @Test
    void an_unknown_reference_names_the_item_once_after_the_field() {
        OngeldigeWaarde fout = OnbekendeVerwijzing.van("kern", "kern", ID, new Gemeentecode("0214"));

        assertThat(fout.veld()).isEqualTo("kern");
        assertThat(fout.code()).isEqualTo("kern-onbekend");
        // the problem's detail is the field followed by the reason
        assertThat(fout.veld() + " " + fout.reden()).isEqualTo("kern " + ID + " bestaat niet in gemeente 0214");
    }

    @Test
    void the_version_check_passes_the_version_read_and_refuses_any_other() {
        assertThatCode(() -> VersieVerouderd.controleer("kern", ID, 3, 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VersieVerouderd.controleer("kern", ID, 2, 3))
                .isInstanceOf(VersieVerouderd.class)
                .hasMessage("kern " + ID + " is gewijzigd sinds u hem las; lees hem opnieuw");
    }
}
