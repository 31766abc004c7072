package nl.kernpunt.adapter.persistence.kernagenda;

import static nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen.opMicroseconden;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Kernagenda;

/** Between the agenda and its row. */
@ApplicationScoped
class KernagendaEntityMapper implements EntityMapper<Kernagenda, KernagendaJpaEntity> {

    @Override
    public Kernagenda naarDomein(KernagendaJpaEntity rij) {
        return Kernagenda.reconstitute(new KernId(rij.kernId), new Gemeentecode(rij.gemeente), rij.themas, rij.canvas,
                rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Override
    public void kopieer(Kernagenda bron, KernagendaJpaEntity doel) {
        doel.kernId = bron.getKern().waarde();
        doel.gemeente = bron.getGemeente().waarde();
        doel.themas = bron.getThemas();
        doel.aantalThemas = bron.getThemas().size();
        doel.canvas = bron.getCanvas();
        doel.gewijzigdOp = opMicroseconden(bron.getGewijzigdOp());
    }
}
