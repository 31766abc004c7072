package nl.kernpunt.adapter.rest.fout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class OverbelastingTest {

    @Test
    void busy_is_a_full_pool_a_full_or_unreachable_database_or_a_full_worker_queue_however_deeply_wrapped() {
        assertThat(Overbelasting.herken(new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(Overbelasting.herken(new SQLException("too many clients", "53300"))).isTrue();
        assertThat(Overbelasting.herken(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(Overbelasting.herken(new RuntimeException(new RejectedExecutionException()))).isTrue();
        assertThat(Overbelasting.herken(new IllegalStateException(new SQLException("Connection refused", "08001"))))
                .as("the database is down").isTrue();
        assertThat(Overbelasting.herken(new SQLException("An I/O error occurred", "08006"))).isTrue();
    }

    @Test
    void anything_else_stays_an_unexpected_failure() {
        assertThat(Overbelasting.herken(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Overbelasting.herken(new SQLException("no state, other words"))).isFalse();
        assertThat(Overbelasting.herken(new SQLException((String) null))).isFalse();
        assertThat(Overbelasting.herken(new NullPointerException())).isFalse();
    }
}
