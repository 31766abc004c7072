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
 * One aggregate query over every gemeente, each part a range of a partial index: the open outbox rows
 * in one grouped pass, and per gemeente its open conflicts, running deadlines past now and open
 * agreements past their date (by the agreement's own gemeente, without joining the initiatives). So
 * it costs what is open or overdue, not what the tables hold (docs/adr/0033).
 */
@ApplicationScoped
class BedrijfscijfersPersistenceAdapter implements BedrijfscijfersBron {

    private static final String TELLING = """
            with open_outbox as (
                select o.gemeente,
                       count(*) filter (where o.toestand = 'wachtend' and o.pogingen = 0) as wachtend,
                       count(*) filter (where o.toestand = 'wachtend' and o.pogingen > 0) as opnieuw,
                       count(*) filter (where o.toestand = 'geparkeerd') as geparkeerd,
                       min(o.geplaatst_op) filter (where o.toestand = 'wachtend') as oudste
                from zaak_outbox o where o.toestand <> 'afgehandeld' group by o.gemeente)
            select g.code, coalesce(b.wachtend, 0), coalesce(b.opnieuw, 0), coalesce(b.geparkeerd, 0), b.oudste,
                   (select count(*) from zaak_conflict c where c.gemeente = g.code and c.opgelost_op is null),
                   (select count(*) from vraag v
                     where v.gemeente = g.code and v.lopende_deadline < :nu and v.spam_op is null),
                   (select count(*) from initiatief_afspraak a
                     where a.gemeente = g.code and a.status = 'OPEN' and a.deadline < :vandaag)
            from gemeente g left join open_outbox b on b.gemeente = g.code""";

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
