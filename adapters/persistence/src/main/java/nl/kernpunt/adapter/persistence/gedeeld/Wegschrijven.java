package nl.kernpunt.adapter.persistence.gedeeld;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Flushes an aggregate's changes while the adapter can still say what went wrong: the failed
 * {@code @Version} check of a concurrent change becomes {@link VersieVerouderd}, and a violated
 * unique index the domain rule it guards, instead of an anonymous failure at commit.
 */
public final class Wegschrijven {

    private Wegschrijven() {
    }

    /** A unique index (or primary key) by its name in the migration, and the rule it guards. */
    public record UniekeIndex(String naam, Supplier<RegelGeschonden> fout) {
    }

    public static void flush(PanacheRepositoryBase<?, ?> repository, Supplier<VersieVerouderd> verouderd,
                             UniekeIndex... indexen) {
        try {
            repository.flush();
        } catch (OptimisticLockException | StaleObjectStateException e) {
            throw verouderd.get();
        } catch (PersistenceException e) {
            String constraint = geschondenConstraint(e);
            for (UniekeIndex index : indexen) {
                if (index.naam().equalsIgnoreCase(constraint)) {
                    throw index.fout().get();
                }
            }
            throw e;
        }
    }

    /** Hibernate reports the violation itself or wrapped, depending on where the flush was started. */
    private static String geschondenConstraint(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof ConstraintViolationException schending) {
                return schending.getConstraintName();
            }
        }
        return null;
    }
}
