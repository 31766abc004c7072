package nl.kernpunt.adapter.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.monitoring.port.out.Wijzigingspeiling;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * One statement, index-only: the gemeente's change counter in the rollup (V29, section 'wijziging',
 * stand + deltas, so a fold running meanwhile changes nothing) and the next running deadline today
 * from {@code vraag_verloopt_vandaag}.
 */
@ApplicationScoped
class WijzigingspeilingPersistenceAdapter implements Wijzigingspeiling {

    private final EntityManager entityManager;

    WijzigingspeilingPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Peiling peil(Gemeentecode gemeente, Instant nu) {
        Instant morgen = LocalDate.ofInstant(nu, Periode.NEDERLAND).plusDays(1).atStartOfDay(Periode.NEDERLAND).toInstant();
        Object[] rij = (Object[]) entityManager.createNativeQuery("""
                        select (select coalesce(sum(aantal), 0) from monitoring_stand
                                where gemeente = :gemeente and sectie = 'wijziging')
                             + (select coalesce(sum(aantal), 0) from monitoring_delta
                                where gemeente = :gemeente and sectie = 'wijziging'),
                               (select min(lopende_deadline) from vraag
                                where gemeente = :gemeente and lopende_deadline is not null and spam_op is null
                                  and lopende_deadline >= :nu and lopende_deadline < :morgen)""", Object[].class)
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("nu", Tijdstippen.opMicroseconden(nu))
                .setParameter("morgen", morgen)
                .getSingleResult();
        return new Peiling(((Number) rij[0]).longValue(), Optional.ofNullable(Tijdstippen.uitNative(rij[1])));
    }
}
