package nl.kernpunt.adapter.persistence.idempotentie;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.idempotentie.IdempotentieRepository;
import nl.kernpunt.application.gedeeld.idempotentie.IdempotentieSleutel;
import nl.kernpunt.application.gedeeld.idempotentie.OpgeslagenAntwoord;

/**
 * The Idempotency-Key store on PostgreSQL (docs/adr/0004). Each call runs in the transaction the
 * {@code IdempotentieService} opens around the claim, the use case and its answer.
 */
@ApplicationScoped
class IdempotentiePersistenceAdapter implements IdempotentieRepository {

    private final IdempotentieSleutelPanacheRepository sleutels;

    IdempotentiePersistenceAdapter(IdempotentieSleutelPanacheRepository sleutels) {
        this.sleutels = sleutels;
    }

    /**
     * One statement decides between two concurrent claims: the second insert waits for the first
     * transaction and then inserts nothing, instead of failing the transaction on the primary key.
     */
    @Override
    public boolean reserveer(IdempotentieSleutel sleutel, String vingerafdruk, Instant verlooptOp) {
        return sleutels.getEntityManager().createNativeQuery("""
                        insert into idempotentie_sleutel (bereik, sleutel, vingerafdruk, verloopt_op)
                        values (:bereik, :sleutel, :vingerafdruk, :verlooptOp)
                        on conflict (bereik, sleutel) do nothing""")
                .setParameter("bereik", sleutel.bereik())
                .setParameter("sleutel", sleutel.sleutel())
                .setParameter("vingerafdruk", vingerafdruk)
                .setParameter("verlooptOp", verlooptOp)
                .executeUpdate() == 1;
    }

    @Override
    public Optional<Vastlegging> vind(IdempotentieSleutel sleutel) {
        return sleutels.findByIdOptional(id(sleutel))
                .map(rij -> new Vastlegging(rij.vingerafdruk, rij.status == null ? null
                        : new OpgeslagenAntwoord(rij.status, rij.locatie, rij.etag, rij.inhoud)));
    }

    @Override
    public void legVast(IdempotentieSleutel sleutel, OpgeslagenAntwoord antwoord) {
        sleutels.update("status = :status, locatie = :locatie, etag = :etag, inhoud = :inhoud where id = :id",
                Parameters.with("status", antwoord.status())
                        .and("locatie", antwoord.locatie())
                        .and("etag", antwoord.etag())
                        .and("inhoud", antwoord.inhoud())
                        .and("id", id(sleutel)));
    }

    /**
     * Rows locked by another create's transaction are skipped: the claim now lives as long as the use
     * case, and two creates deleting the same expired rows would otherwise wait for each other.
     */
    @Override
    public void verwijderVerlopen(Instant nu) {
        sleutels.getEntityManager().createNativeQuery("""
                        delete from idempotentie_sleutel where ctid in (
                            select ctid from idempotentie_sleutel where verloopt_op < :nu for update skip locked)""")
                .setParameter("nu", nu)
                .executeUpdate();
    }

    private static IdempotentieSleutelJpaId id(IdempotentieSleutel sleutel) {
        return new IdempotentieSleutelJpaId(sleutel.bereik(), sleutel.sleutel());
    }
}
