package nl.kernpunt.adapter.persistence.gedeeld;

import java.util.Collection;

/** For the entity mappers: Hibernate's own collection of a loaded row, kept in place. */
public final class Lijsten {

    private Lijsten() {
    }

    /** Refilled only when changed, so Hibernate leaves an unchanged collection's rows alone. */
    public static <T> void vervang(Collection<T> doel, Collection<T> bron) {
        if (!doel.equals(bron)) {
            doel.clear();
            doel.addAll(bron);
        }
    }
}
