package nl.kernpunt.adapter.persistence.gedeeld;

/** Between an aggregate and its JPA entity, both ways. */
public interface EntityMapper<A, E> {

    /** Rebuilds the aggregate through its {@code reconstitute} factory. */
    A naarDomein(E rij);

    /** Copies the aggregate's state onto a new or loaded row. */
    void kopieer(A bron, E doel);
}
