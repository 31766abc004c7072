package nl.kernpunt.adapter.persistence.gedeeld;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The conditions of a query that apply to this request, with their named parameters. */
public final class Voorwaarden {

    private final List<String> condities = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds an HQL condition (bracketed, so an {@code or} inside stays inside); its parameters follow with {@link #met}. */
    public Voorwaarden en(String conditie) {
        condities.add("(" + conditie + ")");
        return this;
    }

    public Voorwaarden met(String parameter, Object waarde) {
        parameters.put(parameter, waarde);
        return this;
    }

    /**
     * Delta sync's one condition (docs/adr/0019): rows changed at or after the moment, on the entity
     * attribute {@code gewijzigdOp}; nothing when the moment is absent. Inclusive, so a row changed in
     * the same microsecond as the client's last one is sent again rather than missed.
     */
    public Voorwaarden gewijzigdSinds(Instant sinds) {
        return sinds == null ? this : en("gewijzigdOp >= :gewijzigdSinds")
                .met("gewijzigdSinds", Tijdstippen.opMicroseconden(sinds));
    }

    /** The where clause in the form Panache takes it; empty when there are no conditions. */
    public String hql() {
        return String.join(" and ", condities);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The rows of {@code rij} that meet the conditions, in the order of the HQL {@code volgorde}. */
    public <R> TypedQuery<R> query(EntityManager entityManager, Class<R> rij, String volgorde) {
        return query(entityManager, "from " + entityManager.getMetamodel().entity(rij).getName(), rij, volgorde);
    }

    /**
     * The same for a projection: {@code van} is the select and from clause (one entity, no alias), the
     * rows come back as {@code resultaat}.
     */
    public <R> TypedQuery<R> query(EntityManager entityManager, String van, Class<R> resultaat, String volgorde) {
        String waar = condities.isEmpty() ? "" : " where " + hql();
        TypedQuery<R> query = entityManager.createQuery(van + waar + " order by " + volgorde, resultaat);
        parameters.forEach(query::setParameter);
        return query;
    }
}
