package nl.kernpunt.adapter.persistence.initiatief;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Lijsten;
import nl.kernpunt.adapter.persistence.gedeeld.Optioneel;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.initiatief.Rolbepaling;
import nl.kernpunt.domain.initiatief.Stapuitkomst;
import nl.kernpunt.domain.initiatief.Statusovergang;
import nl.kernpunt.domain.initiatief.Uitdagingsbesluit;
import nl.kernpunt.domain.initiatief.Vorm;
import nl.kernpunt.domain.kern.KernId;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** MapStruct maps the columns and the value objects (truncating moments to PostgreSQL's microseconds). */
@Mapper(uses = {Tijdstippen.class, Optioneel.class, Sleutels.class})
interface InitiatiefEntityMapper extends EntityMapper<Initiatief, InitiatiefJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Initiatief naarDomein(InitiatiefJpaEntity rij) {
        Contactpersoon contactpersoon = rij.contactpersoonNaam == null ? null
                : new Contactpersoon(rij.contactpersoonNaam, rij.contactpersoonEmail, rij.contactpersoonTelefoon);
        InitiatiefGegevens gegevens = new InitiatiefGegevens(rij.titel, rij.omschrijving,
                new Vorm(rij.georganiseerd, rij.structureel, rij.rightToChallenge), rij.ondersteuning,
                betrokkenenNaarDomein(rij.betrokkenen), contactpersoon);
        return Initiatief.reconstitute(new InitiatiefId(rij.id), new Gemeentecode(rij.gemeente),
                new KernId(rij.kernId), new PubliekeReferentie(rij.referentie), gegevens, rij.status,
                statushistorieNaarDomein(rij.statushistorie), rolhistorieNaarDomein(rij.rolhistorie),
                contactmomentenNaarDomein(rij.contactmomenten), afsprakenNaarDomein(rij.afspraken),
                stappenNaarDomein(rij.stappen), uitdagingsbesluit(rij), rij.aangemaaktOp, rij.gewijzigdOp,
                rij.spamOp, rij.versie);
    }

    private static Uitdagingsbesluit uitdagingsbesluit(InitiatiefJpaEntity rij) {
        return rij.uitdagingAanvaard == null ? null : new Uitdagingsbesluit(rij.uitdagingAanvaard, rij.uitdagingReden,
                rij.uitdagingBeslotenOp, rij.uitdagingBeslotenDoor);
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "kernId", source = "kern")
    @Mapping(target = "referentie", source = "referentie.waarde")
    @Mapping(target = "titel", source = "gegevens.titel")
    @Mapping(target = "omschrijving", source = "gegevens.omschrijving")
    @Mapping(target = "georganiseerd", source = "gegevens.vorm.georganiseerd")
    @Mapping(target = "structureel", source = "gegevens.vorm.structureel")
    @Mapping(target = "rightToChallenge", source = "gegevens.vorm.rightToChallenge")
    @Mapping(target = "contactpersoonNaam", source = "gegevens.contactpersoon.naam")
    @Mapping(target = "contactpersoonEmail", source = "gegevens.contactpersoon.email")
    @Mapping(target = "contactpersoonTelefoon", source = "gegevens.contactpersoon.telefoon")
    @Mapping(target = "laatsteContactOp", ignore = true)
    @Mapping(target = "ondersteuning", ignore = true)
    @Mapping(target = "betrokkenen", ignore = true)
    @Mapping(target = "statushistorie", ignore = true)
    @Mapping(target = "rolhistorie", ignore = true)
    @Mapping(target = "contactmomenten", ignore = true)
    @Mapping(target = "afspraken", ignore = true)
    @Mapping(target = "stappen", ignore = true)
    @Mapping(target = "uitdagingAanvaard", ignore = true)
    @Mapping(target = "uitdagingReden", ignore = true)
    @Mapping(target = "uitdagingBeslotenOp", ignore = true)
    @Mapping(target = "uitdagingBeslotenDoor", ignore = true)
    @Mapping(target = "versie", ignore = true)
    void kopieer(Initiatief bron, @MappingTarget InitiatiefJpaEntity doel);

    /**
     * By hand: the lists are refilled only when changed, which MapStruct cannot express, and the last
     * contact is derived from the history rather than a property.
     */
    @AfterMapping
    default void lijsten(Initiatief bron, @MappingTarget InitiatiefJpaEntity doel) {
        doel.laatsteContactOp = Tijdstippen.opMicroseconden(bron.laatsteContactOp());
        Optional<Uitdagingsbesluit> besluit = bron.getUitdagingsbesluit();
        doel.uitdagingAanvaard = besluit.map(Uitdagingsbesluit::aanvaard).orElse(null);
        doel.uitdagingReden = besluit.map(Uitdagingsbesluit::reden).orElse(null);
        doel.uitdagingBeslotenOp = besluit.map(b -> Tijdstippen.opMicroseconden(b.op())).orElse(null);
        doel.uitdagingBeslotenDoor = besluit.map(Uitdagingsbesluit::door).orElse(null);
        Lijsten.vervang(doel.ondersteuning, bron.getGegevens().ondersteuning());
        Lijsten.vervang(doel.betrokkenen, betrokkenenNaarRijen(bron.getGegevens().betrokkenen()));
        Lijsten.vervang(doel.statushistorie, statushistorieNaarRijen(bron.getStatushistorie()));
        Lijsten.vervang(doel.rolhistorie, rolhistorieNaarRijen(bron.getRolhistorie()));
        Lijsten.vervang(doel.contactmomenten, contactmomentenNaarRijen(bron.getContactmomenten()));
        Lijsten.vervang(doel.afspraken, afsprakenNaarRijen(bron.getAfspraken()));
        Lijsten.vervang(doel.stappen, stappenNaarRijen(bron.getStappen()));
    }

    List<Contactpersoon> betrokkenenNaarDomein(List<BetrokkeneJpaEmbeddable> rijen);

    List<BetrokkeneJpaEmbeddable> betrokkenenNaarRijen(List<Contactpersoon> betrokkenen);

    List<Statusovergang> statushistorieNaarDomein(List<StatusovergangJpaEmbeddable> rijen);

    List<StatusovergangJpaEmbeddable> statushistorieNaarRijen(List<Statusovergang> overgangen);

    List<Rolbepaling> rolhistorieNaarDomein(List<RolbepalingJpaEmbeddable> rijen);

    List<RolbepalingJpaEmbeddable> rolhistorieNaarRijen(List<Rolbepaling> bepalingen);

    List<Contactmoment> contactmomentenNaarDomein(List<ContactmomentJpaEmbeddable> rijen);

    List<ContactmomentJpaEmbeddable> contactmomentenNaarRijen(List<Contactmoment> contacten);

    Afspraak naarDomein(AfspraakJpaEmbeddable rij);

    List<Afspraak> afsprakenNaarDomein(List<AfspraakJpaEmbeddable> rijen);

    List<AfspraakJpaEmbeddable> afsprakenNaarRijen(List<Afspraak> afspraken);

    List<Stapuitkomst> stappenNaarDomein(List<StapuitkomstJpaEmbeddable> rijen);

    List<StapuitkomstJpaEmbeddable> stappenNaarRijen(List<Stapuitkomst> stappen);
}
