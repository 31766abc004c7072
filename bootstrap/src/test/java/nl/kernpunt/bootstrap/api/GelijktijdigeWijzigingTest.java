package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/** Optimistic locking holds under real concurrency, not only for requests that come one by one. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class GelijktijdigeWijzigingTest extends ApiTestBasis {

    @Test
    void of_many_simultaneous_updates_with_the_same_etag_exactly_one_wins() throws Exception {
        String gemeente = nieuweGemeente();
        String id = nieuweKern(gemeente, "Kerk-Avezaath");
        int aantal = 12;
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        try {
            List<Callable<Integer>> verzoeken = IntStream.range(0, aantal)
                    .<Callable<Integer>>mapToObj(i -> () -> als(gemeente, "beheerder").header("If-Match", "\"0\"")
                            .body(kernWijziging("Kerk-Avezaath " + i)).put(KERNEN + "/" + id).statusCode())
                    .toList();
            List<Integer> statussen = pool.invokeAll(verzoeken).stream().map(GelijktijdigeWijzigingTest::uitkomst).toList();

            assertThat(statussen).containsOnly(200, 412);
            assertThat(statussen).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(etagVan(gemeente, id)).isEqualTo("\"1\"");
    }

    private static Integer uitkomst(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
