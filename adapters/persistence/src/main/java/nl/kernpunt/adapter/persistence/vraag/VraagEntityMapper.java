package nl.kernpunt.adapter.persistence.vraag;

import static nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen.opMicroseconden;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;

/**
 * Between the question and its row, by hand as for the traject: package-private fields and three
 * flattened persons, which MapStruct would need an explicit mapping for each.
 */
@ApplicationScoped
class VraagEntityMapper implements EntityMapper<Vraag, VraagJpaEntity> {

    @Override
    public Vraag naarDomein(VraagJpaEntity rij) {
        return Vraag.reconstitute(new VraagId(rij.id), new Gemeentecode(rij.gemeente), new KernId(rij.kernId),
                rij.onderwerp, rij.tekst, new Contactpersoon(rij.vragerNaam, rij.vragerEmail, rij.vragerTelefoon),
                rij.ontvangenOp, persoon(rij.kernambtenaarNaam, rij.kernambtenaarEmail, rij.kernambtenaarTelefoon),
                new Antwoordtermijn(rij.termijnDagen, rij.termijnSoort),
                persoon(rij.behandelaarNaam, rij.behandelaarEmail, rij.behandelaarTelefoon), rij.status,
                rij.statushistorie, rij.pauzes, rij.eersteReactieOp, rij.verwachtAntwoordOp, rij.gewijzigdOp,
                rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Override
    public void kopieer(Vraag bron, VraagJpaEntity doel) {
        doel.id = bron.getId().waarde();
        doel.gemeente = bron.getGemeente().waarde();
        doel.kernId = bron.getKern().waarde();
        doel.onderwerp = bron.getOnderwerp();
        doel.tekst = bron.getTekst();
        doel.vragerNaam = bron.getVrager().naam();
        doel.vragerEmail = bron.getVrager().email();
        doel.vragerTelefoon = bron.getVrager().telefoon();
        doel.ontvangenOp = opMicroseconden(bron.getOntvangenOp());
        Contactpersoon kernambtenaar = bron.getKernambtenaar().orElse(null);
        doel.kernambtenaarNaam = kernambtenaar == null ? null : kernambtenaar.naam();
        doel.kernambtenaarEmail = kernambtenaar == null ? null : kernambtenaar.email();
        doel.kernambtenaarTelefoon = kernambtenaar == null ? null : kernambtenaar.telefoon();
        doel.termijnDagen = bron.getTermijn().dagen();
        doel.termijnSoort = bron.getTermijn().soort();
        Contactpersoon behandelaar = bron.getBehandelaar();
        doel.behandelaarNaam = behandelaar == null ? null : behandelaar.naam();
        doel.behandelaarEmail = behandelaar == null ? null : behandelaar.email();
        doel.behandelaarTelefoon = behandelaar == null ? null : behandelaar.telefoon();
        doel.status = bron.getStatus();
        doel.statushistorie = bron.getHistorie();
        doel.pauzes = bron.getPauzes();
        doel.eersteReactieOp = opMicroseconden(bron.getEersteReactieOp());
        doel.verwachtAntwoordOp = bron.getVerwachtAntwoordOp();
        // the moments the lists and figures compare; truncated like every stored moment
        doel.lopendeDeadline = bron.lopendeDeadline().map(d -> opMicroseconden(d)).orElse(null);
        doel.termijnGehaald = bron.termijnGehaald().orElse(null);
        doel.gewijzigdOp = opMicroseconden(bron.getGewijzigdOp());
    }

    private static Contactpersoon persoon(String naam, String email, String telefoon) {
        return naam == null ? null : new Contactpersoon(naam, email, telefoon);
    }
}
