package nl.kernpunt.domain.subsidie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import org.junit.jupiter.api.Test;

class BedragTest {

    @Test
    void amounts_are_exact_cents_read_and_written_with_two_decimals() {
        Random willekeurig = new Random(8);
        for (int i = 0; i < 1000; i++) {
            long centen = willekeurig.nextLong(100_000_000_00L);
            Bedrag bedrag = new Bedrag(centen);
            assertThat(Bedrag.van("bedrag", bedrag.tekst())).isEqualTo(bedrag);
        }
        // 0.1 + 0.2 is 0.30 here, not 0.30000000000000004
        assertThat(Bedrag.van("a", "0.10").plus(Bedrag.van("b", "0.20"))).isEqualTo(Bedrag.van("c", "0.30"));
        assertThat(Bedrag.euro(2000).tekst()).isEqualTo("2000.00");
    }

    @Test
    void text_that_is_not_an_amount_with_two_decimals_is_the_clients_input_error() {
        for (String fout : new String[] {"12,50", "12.5", "-1.00", "01.00", "1e3", "", "1000000000.00"}) {
            assertThatThrownBy(() -> Bedrag.van("bedrag", fout)).isInstanceOf(OngeldigeWaarde.class)
                    .hasFieldOrPropertyWithValue("veld", "bedrag");
        }
    }

    @Test
    void what_remains_is_never_negative() {
        assertThat(Bedrag.euro(2000).rest(Bedrag.euro(2500))).isEqualTo(Bedrag.NUL);
        assertThat(Bedrag.euro(2000).rest(Bedrag.euro(1500))).isEqualTo(Bedrag.euro(500));
    }
}
