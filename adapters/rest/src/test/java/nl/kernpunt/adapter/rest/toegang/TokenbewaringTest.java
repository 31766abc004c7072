package nl.kernpunt.adapter.rest.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.ParseException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TokenbewaringTest {

    private final AtomicLong nu = new AtomicLong(1_000);
    private final Tokenbewaring bewaring = new Tokenbewaring(nu::get);
    private final AtomicInteger verificaties = new AtomicInteger();

    /** A verifier that accepts every token as valid until {@code exp}, counting its calls. */
    private Tokenbewaring.Verificatie geldigTot(long exp) {
        return token -> {
            verificaties.incrementAndGet();
            return token(token, exp);
        };
    }

    private static JsonWebToken token(String raw, long exp) {
        return NepToken.met(Map.of("sub", raw, "raw_token", raw, "exp", exp));
    }

    @Test
    void a_token_is_verified_once_until_it_expires_then_again() throws ParseException {
        JsonWebToken eerste = bewaring.geverifieerd("a.b.c", geldigTot(1_060));
        nu.set(1_059);
        assertThat(bewaring.geverifieerd("a.b.c", geldigTot(1_060))).isSameAs(eerste);
        assertThat(verificaties).hasValue(1);

        nu.set(1_060);
        bewaring.geverifieerd("a.b.c", geldigTot(1_060));
        assertThat(verificaties).hasValue(2);
    }

    @Test
    void another_token_is_verified_on_its_own() throws ParseException {
        bewaring.geverifieerd("a.b.c", geldigTot(2_000));
        bewaring.geverifieerd("a.b.d", geldigTot(2_000));

        assertThat(verificaties).hasValue(2);
    }

    @Test
    void a_refused_token_is_not_kept_and_refused_every_time() {
        Tokenbewaring.Verificatie weigert = token -> {
            verificaties.incrementAndGet();
            throw new ParseException("ongeldige handtekening");
        };

        assertThatThrownBy(() -> bewaring.geverifieerd("x.y.z", weigert)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> bewaring.geverifieerd("x.y.z", weigert)).isInstanceOf(ParseException.class);
        assertThat(verificaties).hasValue(2);
        assertThat(bewaring.aantal()).isZero();
    }

    @Test
    void a_token_accepted_within_the_clock_skew_after_its_exp_is_not_kept() throws ParseException {
        nu.set(1_030);
        bewaring.geverifieerd("a.b.c", geldigTot(1_000));
        bewaring.geverifieerd("a.b.c", geldigTot(1_000));

        assertThat(verificaties).hasValue(2);
        assertThat(bewaring.aantal()).isZero();
    }

    @Test
    void a_full_store_drops_expired_tokens_first_and_never_grows_past_its_bound() throws ParseException {
        for (int i = 0; i < Tokenbewaring.HOOGSTENS; i++) {
            bewaring.geverifieerd("t" + i, geldigTot(i < 10 ? 1_001 : 5_000));
        }
        nu.set(2_000);
        bewaring.geverifieerd("nieuw", geldigTot(5_000));
        assertThat(bewaring.aantal()).isEqualTo(Tokenbewaring.HOOGSTENS - 10 + 1);

        for (int i = 0; i < 20; i++) {
            bewaring.geverifieerd("meer" + i, geldigTot(5_000));
        }
        assertThat(bewaring.aantal()).isLessThanOrEqualTo(Tokenbewaring.HOOGSTENS);
    }
}
