package nl.kernpunt.adapter.rest.fout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class AfgebrokenVerzoekTest {

    @Test
    void a_body_whose_reader_lost_the_connection_is_an_aborted_request_however_wrapped() {
        assertThat(AfgebrokenVerzoek.herken(new UncheckedIOException(vanLezer(new IOException())))).isTrue();
    }

    @Test
    void other_io_failures_stay_unexpected() {
        assertThat(AfgebrokenVerzoek.herken(new IOException("disk full"))).isFalse();
        assertThat(AfgebrokenVerzoek.herken(vanLezer(new JsonParseException(null, "kapotte json")))).isFalse();
        assertThat(AfgebrokenVerzoek.herken(new IllegalStateException())).isFalse();
    }

    private static <T extends IOException> T vanLezer(T fout) {
        fout.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "org.jboss.resteasy.reactive.server.vertx.VertxInputStream$VertxBlockingInput", "readBlocking",
                "VertxInputStream.java", 256)});
        return fout;
    }
}
