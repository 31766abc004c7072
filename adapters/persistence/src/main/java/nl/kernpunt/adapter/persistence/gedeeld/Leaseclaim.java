package nl.kernpunt.adapter.persistence.gedeeld;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one claim of the work queues (the Join outbox and the webhook deliveries, docs/adr/0012 and
 * 0020): due, not held by a live lease, the oldest unfinished row of its key (a zaak, a subscription),
 * and not locked by another dispatcher's claim right now ({@code SKIP LOCKED}). The caller writes the
 * lease in the same transaction, so once it commits other dispatchers pass these rows by. A queue is
 * a table with {@code id}, {@code volgnummer}, {@code toestand} ({@code wachtend}, {@code afgehandeld},
 * {@code geparkeerd}), {@code volgende_poging_op} and {@code geclaimd_tot}.
 */
public final class Leaseclaim {

    private Leaseclaim() {
    }

    /**
     * The ids of up to {@code max} claimable rows, oldest first, locked until the transaction ends.
     * {@code voorwaarde} narrows the rows (on alias {@code o}) with {@code parameters}; rows due before
     * {@code verschuldigdVoor} count as due.
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> kies(EntityManager database, String tabel, String sleutel, String voorwaarde,
                                  Map<String, Object> parameters, int max, Instant nu, Instant verschuldigdVoor) {
        Query vraag = database.createNativeQuery("""
                        select o.id from %1$s o
                        where o.toestand = 'wachtend' and %3$s
                          and o.volgende_poging_op <= :verschuldigd
                          and (o.geclaimd_tot is null or o.geclaimd_tot < :nu)
                          and not exists (select 1 from %1$s e
                                          where e.%2$s = o.%2$s and e.volgnummer < o.volgnummer
                                            and e.toestand <> 'afgehandeld')
                        order by o.volgnummer
                        limit :max
                        for update of o skip locked""".formatted(tabel, sleutel, voorwaarde), UUID.class)
                .setParameter("nu", Tijdstippen.opMicroseconden(nu))
                .setParameter("verschuldigd", Tijdstippen.opMicroseconden(verschuldigdVoor))
                .setParameter("max", max);
        parameters.forEach(vraag::setParameter);
        return vraag.getResultList();
    }
}
