package nl.kernpunt.adapter.persistence.verwijdering;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetPagina;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijdering;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The tombstone feed on PostgreSQL; joins the calling use case's transaction (docs/adr/0019). */
@ApplicationScoped
class VerwijderingenPersistenceAdapter implements Verwijderingen {

    private static final KeysetVolgorde<VerwijderingJpaEntity> OP_MOMENT = KeysetVolgorde.opWijziging("verwijderingen",
            rij -> rij.gewijzigdOp, rij -> rij.id);

    private final VerwijderingPanacheRepository rijen;

    VerwijderingenPersistenceAdapter(VerwijderingPanacheRepository rijen) {
        this.rijen = rijen;
    }

    @Override
    public void leg(Verwijdering verwijdering) {
        VerwijderingJpaEntity rij = new VerwijderingJpaEntity();
        rij.id = verwijdering.id();
        rij.gemeente = verwijdering.gemeente().waarde();
        rij.soort = verwijdering.soort();
        rij.resource = verwijdering.resource();
        rij.reden = verwijdering.reden();
        rij.gewijzigdOp = Tijdstippen.opMicroseconden(verwijdering.op());
        rijen.persist(rij);
    }

    @Override
    public Pagina<Verwijdering> zoek(Gemeentecode gemeente, Instant sinds, PaginaVerzoek verzoek) {
        Voorwaarden voorwaarden = new Voorwaarden().en("gemeente = :gemeente").met("gemeente", gemeente.waarde())
                .gewijzigdSinds(sinds);
        KeysetCursor cursor = KeysetCursor.voor(OP_MOMENT.code(), gemeente, sinds);
        return KeysetPagina.na(rijen.getEntityManager(), VerwijderingJpaEntity.class, voorwaarden, OP_MOMENT, cursor,
                verzoek, rij -> new Verwijdering(rij.id, new Gemeentecode(rij.gemeente), rij.soort, rij.resource,
                        rij.reden, rij.gewijzigdOp));
    }
}
