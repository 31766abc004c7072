package nl.kernpunt.adapter.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.monitoring.port.out.Wijzigingspeiling;
import nl.kernpunt.domain.gedeeld.Periode;

/**
 * One statement, index-only: the gemeente's change counter in the rollup (V29, section 'wijziging',
 * stand + deltas, so a fold running meanwhile changes nothing) and the scope's questions whose running
 * deadline passed today, from {@code vraag_verloopt_vandaag} (at most one day of the gemeente's
 * deadlines; the kern and the receipt are in the index). Unlike in the rollup, {@code kern_id} there
 * is the question's own kern: gemeente-wide means every kern.
 */
@ApplicationScoped
class WijzigingspeilingPersistenceAdapter implements Wijzigingspeiling {

    private static final String PEILING = """
            select (select coalesce(sum(aantal), 0) from monitoring_stand
                    where gemeente = :gemeente and sectie = 'wijziging')
                 + (select coalesce(sum(aantal), 0) from monitoring_delta
                    where gemeente = :gemeente and sectie = 'wijziging'),
                   (select count(*) from vraag
                    where gemeente = :gemeente and lopende_deadline is not null and spam_op is null
                      and lopende_deadline >= :vandaag and lopende_deadline < :nu
                      and ontvangen_op >= :begin and ontvangen_op < :einde%s)""";

    private final EntityManager entityManager;

    WijzigingspeilingPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Peiling peil(Monitoringbereik bereik, Instant nu) {
        Instant vandaag = LocalDate.ofInstant(nu, Periode.NEDERLAND).atStartOfDay(Periode.NEDERLAND).toInstant();
        Query peiling = entityManager.createNativeQuery(
                        PEILING.formatted(bereik.kern().isPresent() ? " and kern_id = :kern" : ""), Object[].class)
                .setParameter("gemeente", bereik.gemeente().waarde())
                .setParameter("vandaag", vandaag)
                .setParameter("nu", Tijdstippen.opMicroseconden(nu))
                .setParameter("begin", bereik.periode().begin())
                .setParameter("einde", bereik.periode().einde());
        bereik.kern().ifPresent(kern -> peiling.setParameter("kern", kern.waarde()));
        Object[] rij = (Object[]) peiling.getSingleResult();
        return new Peiling(((Number) rij[0]).longValue(), ((Number) rij[1]).longValue());
    }
}
