package nl.kernpunt.adapter.persistence.vraag;

import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** The asker, the kernambtenaar and the handler are flattened into columns. */
@Mapper(uses = {Tijdstippen.class, Sleutels.class})
interface VraagEntityMapper extends EntityMapper<Vraag, VraagJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Vraag naarDomein(VraagJpaEntity rij) {
        return Vraag.reconstitute(new VraagId(rij.id), new Gemeentecode(rij.gemeente), new KernId(rij.kernId),
                new PubliekeReferentie(rij.referentie), rij.onderwerp, rij.tekst, new Contactpersoon(rij.vragerNaam, rij.vragerEmail, rij.vragerTelefoon),
                rij.ontvangenOp, persoon(rij.kernambtenaarNaam, rij.kernambtenaarEmail, rij.kernambtenaarTelefoon),
                new Antwoordtermijn(rij.termijnDagen, rij.termijnSoort),
                persoon(rij.behandelaarNaam, rij.behandelaarEmail, rij.behandelaarTelefoon), rij.status,
                rij.statushistorie, rij.pauzes, rij.eersteReactieOp, rij.verwachtAntwoordOp, rij.gewijzigdOp,
                rij.spamOp, rij.versie);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "kernId", source = "kern")
    @Mapping(target = "referentie", source = "referentie.waarde")
    @Mapping(target = "vragerNaam", source = "vrager.naam")
    @Mapping(target = "vragerEmail", source = "vrager.email")
    @Mapping(target = "vragerTelefoon", source = "vrager.telefoon")
    @Mapping(target = "termijnDagen", source = "termijn.dagen")
    @Mapping(target = "termijnSoort", source = "termijn.soort")
    @Mapping(target = "behandelaarNaam", source = "behandelaar.naam")
    @Mapping(target = "behandelaarEmail", source = "behandelaar.email")
    @Mapping(target = "behandelaarTelefoon", source = "behandelaar.telefoon")
    @Mapping(target = "statushistorie", source = "historie")
    @Mapping(target = "kernambtenaarNaam", ignore = true)
    @Mapping(target = "kernambtenaarEmail", ignore = true)
    @Mapping(target = "kernambtenaarTelefoon", ignore = true)
    @Mapping(target = "lopendeDeadline", ignore = true)
    @Mapping(target = "termijnGehaald", ignore = true)
    @Mapping(target = "versie", ignore = true)
    void kopieer(Vraag bron, @MappingTarget VraagJpaEntity doel);

    /**
     * By hand: MapStruct 1.6 cannot read through the Optional the kernambtenaar comes in, and the
     * deadline and outcome the lists and figures compare are derived, not properties.
     */
    @AfterMapping
    default void afgeleid(Vraag bron, @MappingTarget VraagJpaEntity doel) {
        Contactpersoon kernambtenaar = bron.getKernambtenaar().orElse(null);
        doel.kernambtenaarNaam = kernambtenaar == null ? null : kernambtenaar.naam();
        doel.kernambtenaarEmail = kernambtenaar == null ? null : kernambtenaar.email();
        doel.kernambtenaarTelefoon = kernambtenaar == null ? null : kernambtenaar.telefoon();
        doel.lopendeDeadline = Tijdstippen.opMicroseconden(bron.lopendeDeadline());
        doel.termijnGehaald = bron.termijnGehaald().orElse(null);
    }

    private static Contactpersoon persoon(String naam, String email, String telefoon) {
        return naam == null ? null : new Contactpersoon(naam, email, telefoon);
    }
}
