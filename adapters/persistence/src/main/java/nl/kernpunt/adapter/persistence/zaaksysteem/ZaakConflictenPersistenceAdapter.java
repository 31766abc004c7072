package nl.kernpunt.adapter.persistence.zaaksysteem;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakConflicten;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** Conflicts on PostgreSQL; joins the caller's transaction. */
@ApplicationScoped
class ZaakConflictenPersistenceAdapter implements ZaakConflicten {

    private final ZaakconflictPanacheRepository rijen;

    ZaakConflictenPersistenceAdapter(ZaakconflictPanacheRepository rijen) {
        this.rijen = rijen;
    }

    @Override
    public void leg(Zaakconflict conflict) {
        ZaakconflictJpaEntity rij = new ZaakconflictJpaEntity();
        rij.id = conflict.id();
        rij.gemeente = conflict.gemeente().waarde();
        rij.zaaksoort = conflict.zaak().soort().extern();
        rij.bron = conflict.zaak().bron();
        rij.identificatie = conflict.zaak().waarde();
        rij.zaakUrl = conflict.zaakUrl();
        rij.huidigeStatus = conflict.huidigeStatus();
        rij.gevraagdeStatus = conflict.gevraagdeStatus();
        rij.statustype = conflict.statustype();
        rij.code = conflict.code();
        rij.reden = conflict.reden();
        rij.ontvangenOp = Tijdstippen.opMicroseconden(conflict.ontvangenOp());
        rijen.persist(rij);
    }

    @Override
    public List<Zaakconflict> open(Gemeentecode gemeente) {
        return rijen.list("gemeente = ?1 and opgelostOp is null", Sort.by("ontvangenOp").and("id"), gemeente.waarde())
                .stream()
                .map(r -> new Zaakconflict(r.id, new Gemeentecode(r.gemeente),
                        Zaakidentificatie.van(Zaaksoort.valueOf(r.zaaksoort.toUpperCase()), r.bron), r.zaakUrl,
                        r.huidigeStatus, r.gevraagdeStatus, r.statustype, r.code, r.reden, r.ontvangenOp))
                .toList();
    }

    @Override
    public long aantalOpen(Gemeentecode gemeente) {
        return rijen.count("gemeente = ?1 and opgelostOp is null", gemeente.waarde());
    }

    @Override
    public boolean heeftOpen(Zaakidentificatie zaak) {
        return rijen.count("identificatie = ?1 and opgelostOp is null", zaak.waarde()) > 0;
    }

    @Override
    public boolean losOp(Gemeentecode gemeente, UUID id, String door, Instant op) {
        return rijen.update("opgelostOp = :op, opgelostDoor = :door where id = :id and gemeente = :gemeente "
                        + "and opgelostOp is null",
                Parameters.with("op", Tijdstippen.opMicroseconden(op)).and("door", door).and("id", id)
                        .and("gemeente", gemeente.waarde())) == 1;
    }
}
