package nl.kernpunt.adapter.persistence.bedrijfsvoering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.bedrijfsvoering.Bedrijfscijfers;
import nl.kernpunt.application.bedrijfsvoering.port.out.BedrijfscijfersBron;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * One aggregate query over every gemeente; each part is served by an existing partial index (open
 * outbox rows, open conflicts, running deadlines, open agreements), so it stays cheap as data grows.
 */
@ApplicationScoped
class BedrijfscijfersPersistenceAdapter implements BedrijfscijfersBron {

    private static final String TELLING = """
            select g.code,
                   (select count(*) from zaak_outbox o
                     where o.gemeente = g.code and o.toestand = 'wachtend' and o.pogingen = 0),
                   (select count(*) from zaak_outbox o
                     where o.gemeente = g.code and o.toestand = 'wachtend' and o.pogingen > 0),
                   (select count(*) from zaak_outbox o where o.gemeente = g.code and o.toestand = 'geparkeerd'),
                   (select min(o.geplaatst_op) from zaak_outbox o
                     where o.gemeente = g.code and o.toestand = 'wachtend'),
                   (select count(*) from zaak_conflict c where c.gemeente = g.code and c.opgelost_op is null),
                   (select count(*) from vraag v
                     where v.gemeente = g.code and v.lopende_deadline < :nu and v.spam_op is null),
                   (select count(*) from initiatief i join initiatief_afspraak a on a.initiatief_id = i.id
                     where i.gemeente = g.code and a.status = 'OPEN' and a.deadline < :vandaag)
            from gemeente g""";

    private final EntityManager entityManager;

    BedrijfscijfersPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Gemeentecode, Bedrijfscijfers> tel(Instant nu, LocalDate vandaag) {
        List<Object[]> rijen = entityManager.createNativeQuery(TELLING, Object[].class)
                .setParameter("nu", Tijdstippen.opMicroseconden(nu))
                .setParameter("vandaag", vandaag)
                .getResultList();
        Map<Gemeentecode, Bedrijfscijfers> cijfers = new TreeMap<>(
                (a, b) -> a.waarde().compareTo(b.waarde()));
        for (Object[] rij : rijen) {
            Instant oudste = Tijdstippen.uitNative(rij[4]);
            cijfers.put(new Gemeentecode(rij[0].toString().trim()), new Bedrijfscijfers(aantal(rij[1]), aantal(rij[2]),
                    aantal(rij[3]), oudste == null ? Duration.ZERO : Duration.between(oudste, nu).abs(),
                    aantal(rij[5]), aantal(rij[6]), aantal(rij[7])));
        }
        return cijfers;
    }

    private static long aantal(Object waarde) {
        return ((Number) waarde).longValue();
    }
}
