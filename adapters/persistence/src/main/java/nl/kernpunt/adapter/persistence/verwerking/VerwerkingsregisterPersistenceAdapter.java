package nl.kernpunt.adapter.persistence.verwerking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.application.gedeeld.verwerking.Pseudoniemsleutel;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkingsactiviteit;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkingsregister;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The register of processing activities and the pseudonyms' key, both rows of V18's tables. */
@ApplicationScoped
class VerwerkingsregisterPersistenceAdapter implements Verwerkingsregister, Pseudoniemsleutel {

    /**
     * How long a register line read is used: the register changes only by migration or by hand in
     * the database, and every personal-data read logs, so a gemeente's new line may take this long to
     * show instead of costing a statement per request (docs/adr/0031).
     */
    private static final long GELDIG_NANOS = Duration.ofSeconds(60).toNanos();

    private final EntityManager entityManager;
    /** Made once by the migration and never changed, so one read per instance is enough. */
    private volatile byte[] sleutel;
    /** Per gemeente and code: a few hundred gemeenten times a few codes at most. */
    private final Map<List<String>, Gelezen> gelezen = new ConcurrentHashMap<>();

    private record Gelezen(Verwerkingsactiviteit activiteit, long op) {
    }

    VerwerkingsregisterPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Verwerkingsactiviteit activiteit(Gemeentecode gemeente, String code) {
        List<String> sleutelVan = List.of(gemeente.waarde(), code);
        long nu = System.nanoTime();
        Gelezen bekend = gelezen.get(sleutelVan);
        if (bekend != null && nu - bekend.op() < GELDIG_NANOS) {
            return bekend.activiteit();
        }
        Verwerkingsactiviteit activiteit = lees(gemeente, code);
        gelezen.put(sleutelVan, new Gelezen(activiteit, nu));
        return activiteit;
    }

    private Verwerkingsactiviteit lees(Gemeentecode gemeente, String code) {
        // the gemeente's own line first (nulls sort last in ascending order)
        List<Object[]> rijen = entityManager.createNativeQuery("""
                        select code, naam, grondslag from verwerkingsactiviteit
                        where code = :code and (gemeente = :gemeente or gemeente is null)
                        order by gemeente nulls last limit 1""", Object[].class)
                .setParameter("code", code)
                .setParameter("gemeente", gemeente.waarde())
                // no request writes the register: without this, Hibernate would flush and dirty-check the
                // use case's entities before this native read, as it cannot tell which tables it reads
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        if (rijen.isEmpty()) {
            throw new IllegalStateException("verwerkingsactiviteit " + code + " staat in geen register");
        }
        Object[] rij = rijen.get(0);
        return new Verwerkingsactiviteit((String) rij[0], (String) rij[1], (String) rij[2]);
    }

    @Override
    public byte[] sleutel() {
        byte[] bekend = sleutel;
        if (bekend == null) {
            String waarde = (String) entityManager.createNativeQuery("select sleutel from pseudoniemsleutel", String.class)
                    .getSingleResult();
            bekend = waarde.getBytes(StandardCharsets.UTF_8);
            sleutel = bekend;
        }
        return bekend.clone();
    }
}
