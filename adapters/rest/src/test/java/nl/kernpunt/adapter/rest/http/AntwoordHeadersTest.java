package nl.kernpunt.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

class AntwoordHeadersTest {

    private final AntwoordHeaders filter = new AntwoordHeaders("1.0.0");

    @Test
    void every_response_carries_the_api_version_and_the_transport_security_headers() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();

        filter.voegToe(HttpMethod.GET, 404, headers);

        assertThat(headers.get("API-Version")).isEqualTo("1.0.0");
        assertThat(headers.get("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.get("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        assertThat(headers.get("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.get("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_successful_read_is_not_stored_by_caches_and_varies_by_caller() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();

        filter.voegToe(HttpMethod.GET, 200, headers);

        assertThat(headers.get("Cache-Control")).isEqualTo("no-store");
        assertThat(headers.getAll("Vary")).contains("Authorization");
    }

    @Test
    void a_write_is_never_cached_and_headers_set_by_the_resource_are_kept() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set("Cache-Control", "private");
        MultiMap write = MultiMap.caseInsensitiveMultiMap();

        filter.voegToe(HttpMethod.GET, 200, headers);
        filter.voegToe(HttpMethod.POST, 201, write);

        assertThat(headers.get("Cache-Control")).isEqualTo("private");
        assertThat(write.get("Cache-Control")).isEqualTo("no-store");
        assertThat(write.contains("Vary")).isFalse();
    }
}
