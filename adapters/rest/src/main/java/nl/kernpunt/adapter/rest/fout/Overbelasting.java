package nl.kernpunt.adapter.rest.fout;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Recognises a failure that says the service is too busy right now, not that it is broken: no
 * database connection came free within the pool's acquisition timeout, the database refused another
 * connection, or the worker pool refused the task. Such a request may simply be retried, so it gets
 * 503 with {@code Retry-After} instead of a 500 (docs/adr/0032).
 */
public final class Overbelasting {

    /** Seconds a client waits before trying again: about one acquisition timeout. */
    public static final int WACHT_SECONDEN = 2;

    /** Agroal's message when the acquisition timeout passes; it sets no SQLState to go by. */
    private static final String AGROAL_WACHTTIJD_VERSTREKEN = "acquisition timeout";

    /** PostgreSQL's too_many_connections and cannot_connect_now (starting up, shutting down). */
    private static final Set<String> DATABASE_VOL = Set.of("53300", "57P03");

    private Overbelasting() {
    }

    static boolean herken(Throwable fout) {
        return Oorzaken.van(fout).anyMatch(oorzaak -> oorzaak instanceof RejectedExecutionException
                || oorzaak instanceof SQLException sql && databaseVol(sql));
    }

    private static boolean databaseVol(SQLException fout) {
        if (fout.getSQLState() != null) {
            return DATABASE_VOL.contains(fout.getSQLState());
        }
        return fout.getMessage() != null && fout.getMessage().contains(AGROAL_WACHTTIJD_VERSTREKEN);
    }
}
