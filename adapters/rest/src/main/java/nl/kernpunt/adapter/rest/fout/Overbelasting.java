package nl.kernpunt.adapter.rest.fout;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Recognises a failure that says the service cannot serve right now, not that it is broken: no
 * database connection came free within the pool's acquisition timeout, the database refused another
 * connection or could not be reached, or the worker pool refused the task. Such a request may simply
 * be retried, so it gets 503 with {@code Retry-After} instead of a 500 (docs/adr/0032); a scheduled
 * round that meets it leaves a warning, not an error ({@code Schemafouten}).
 */
public final class Overbelasting {

    /** Seconds a client waits before trying again: about one acquisition timeout. */
    public static final int WACHT_SECONDEN = 2;

    /** Agroal's message when the acquisition timeout passes; it sets no SQLState to go by. */
    private static final String AGROAL_WACHTTIJD_VERSTREKEN = "acquisition timeout";

    /** PostgreSQL's too_many_connections and cannot_connect_now (starting up, shutting down). */
    private static final Set<String> DATABASE_VOL = Set.of("53300", "57P03");
    /** SQLState class 08, connection exception: the database is down or the network to it is. */
    private static final String GEEN_VERBINDING = "08";

    private Overbelasting() {
    }

    public static boolean herken(Throwable fout) {
        return Oorzaken.van(fout).anyMatch(oorzaak -> oorzaak instanceof RejectedExecutionException
                || oorzaak instanceof SQLException sql && databaseVol(sql));
    }

    private static boolean databaseVol(SQLException fout) {
        if (fout.getSQLState() != null) {
            return DATABASE_VOL.contains(fout.getSQLState()) || fout.getSQLState().startsWith(GEEN_VERBINDING);
        }
        return fout.getMessage() != null && fout.getMessage().contains(AGROAL_WACHTTIJD_VERSTREKEN);
    }
}
