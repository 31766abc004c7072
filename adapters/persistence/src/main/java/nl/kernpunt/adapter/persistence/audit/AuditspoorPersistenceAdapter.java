package nl.kernpunt.adapter.persistence.audit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditopslag;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The audit trail on PostgreSQL; joins the calling use case's transaction. */
@ApplicationScoped
class AuditspoorPersistenceAdapter implements Auditopslag {

    private final AuditregelPanacheRepository regels;

    AuditspoorPersistenceAdapter(AuditregelPanacheRepository regels) {
        this.regels = regels;
    }

    @Override
    public void leg(Auditregel regel) {
        AuditregelJpaEntity rij = new AuditregelJpaEntity();
        rij.id = regel.id();
        rij.gemeente = regel.gemeente().waarde();
        rij.soort = regel.soort();
        rij.aggregaat = regel.aggregaat();
        rij.op = Tijdstippen.opMicroseconden(regel.op());
        rij.door = regel.door();
        rij.actie = regel.actie();
        rij.gegevens = regel.gegevens();
        regels.persist(rij);
    }

    @Override
    public List<Auditregel> van(String soort, UUID aggregaat) {
        return regels.find("soort = ?1 and aggregaat = ?2", Sort.by("op").and("id"), soort, aggregaat).stream()
                .map(r -> new Auditregel(r.id, new Gemeentecode(r.gemeente), r.soort, r.aggregaat, r.op, r.door,
                        r.actie, r.gegevens))
                .toList();
    }
}
