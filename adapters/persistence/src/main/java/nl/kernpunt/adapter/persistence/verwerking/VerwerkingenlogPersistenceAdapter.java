package nl.kernpunt.adapter.persistence.verwerking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.gedeeld.verwerking.Handeling;
import nl.kernpunt.application.gedeeld.verwerking.Verwerking;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkingenlog;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkingsactiviteit;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The processing log on PostgreSQL; joins the calling use case's transaction. */
@ApplicationScoped
class VerwerkingenlogPersistenceAdapter implements Verwerkingenlog {

    private final EntityManager entityManager;

    VerwerkingenlogPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void leg(Verwerking verwerking) {
        VerwerkingJpaEntity rij = new VerwerkingJpaEntity();
        rij.id = verwerking.id();
        rij.gemeente = verwerking.gemeente().waarde();
        rij.op = Tijdstippen.opMicroseconden(verwerking.op());
        rij.activiteit = verwerking.activiteit().code();
        rij.naam = verwerking.activiteit().naam();
        rij.grondslag = verwerking.activiteit().grondslag();
        rij.handeling = verwerking.handeling().extern();
        rij.gebruiker = verwerking.gebruiker();
        rij.rollen = String.join(",", verwerking.rollen());
        rij.objectsoort = verwerking.objectsoort();
        rij.objecten = verwerking.objecten().toArray(java.util.UUID[]::new);
        rij.betrokkenen = verwerking.betrokkenen().toArray(String[]::new);
        rij.traceId = verwerking.traceId();
        entityManager.persist(rij);
    }

    @Override
    public List<Verwerking> over(Gemeentecode gemeente, Collection<String> betrokkenen) {
        if (betrokkenen.isEmpty()) {
            return List.of();
        }
        // pseudonyms are base64url, so a comma never occurs in one
        List<VerwerkingJpaEntity> rijen = entityManager.createNativeQuery("""
                        select * from verwerking
                        where gemeente = :gemeente and betrokkenen && string_to_array(:betrokkenen, ',')
                        order by op, id""", VerwerkingJpaEntity.class)
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("betrokkenen", String.join(",", betrokkenen))
                .getResultList();
        return rijen.stream().map(VerwerkingenlogPersistenceAdapter::naarVerwerking).toList();
    }

    private static Verwerking naarVerwerking(VerwerkingJpaEntity rij) {
        return new Verwerking(rij.id, new Gemeentecode(rij.gemeente), rij.op,
                new Verwerkingsactiviteit(rij.activiteit, rij.naam, rij.grondslag),
                Handeling.valueOf(rij.handeling.toUpperCase(Locale.ROOT)), rij.gebruiker,
                rij.rollen.isEmpty() ? List.of() : List.of(rij.rollen.split(",")), rij.objectsoort,
                Arrays.asList(rij.objecten), Arrays.asList(rij.betrokkenen), rij.traceId);
    }
}
