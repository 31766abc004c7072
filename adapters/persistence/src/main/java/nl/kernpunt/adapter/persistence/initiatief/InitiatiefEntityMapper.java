package nl.kernpunt.adapter.persistence.initiatief;

import java.util.List;
import java.util.Set;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
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
import nl.kernpunt.domain.initiatief.Vorm;
import nl.kernpunt.domain.kern.KernId;
import org.mapstruct.Mapper;

/**
 * MapStruct maps the value objects (truncating moments to PostgreSQL's microseconds); the aggregate
 * itself goes through its own factory and its flattened columns, which MapStruct cannot express.
 */
@Mapper(uses = Tijdstippen.class)
interface InitiatiefEntityMapper extends EntityMapper<Initiatief, InitiatiefJpaEntity> {

    default Initiatief naarDomein(InitiatiefJpaEntity rij) {
        Contactpersoon contactpersoon = rij.getContactpersoonNaam() == null ? null
                : new Contactpersoon(rij.getContactpersoonNaam(), rij.getContactpersoonEmail(),
                rij.getContactpersoonTelefoon());
        InitiatiefGegevens gegevens = new InitiatiefGegevens(rij.getTitel(), rij.getOmschrijving(),
                new Vorm(rij.isGeorganiseerd(), rij.isStructureel(), rij.isRightToChallenge()), rij.getOndersteuning(),
                betrokkenenNaarDomein(rij.getBetrokkenen()), contactpersoon);
        return Initiatief.reconstitute(new InitiatiefId(rij.getId()), new Gemeentecode(rij.getGemeente()),
                new KernId(rij.getKernId()), new PubliekeReferentie(rij.getReferentie()), gegevens, rij.getStatus(),
                statushistorieNaarDomein(rij.getStatushistorie()), rolhistorieNaarDomein(rij.getRolhistorie()),
                contactmomentenNaarDomein(rij.getContactmomenten()), afsprakenNaarDomein(rij.getAfspraken()),
                stappenNaarDomein(rij.getStappen()),
                rij.getAangemaaktOp(), rij.getGewijzigdOp(), rij.getVersie());
    }

    /** Onto a new or a managed row; the lists are refilled in place and the version is Hibernate's. */
    default void kopieer(Initiatief bron, InitiatiefJpaEntity doel) {
        InitiatiefGegevens gegevens = bron.getGegevens();
        doel.setId(bron.getId().waarde());
        doel.setGemeente(bron.getGemeente().waarde());
        doel.setKernId(bron.getKern().waarde());
        doel.setReferentie(bron.getReferentie().waarde());
        doel.setTitel(gegevens.titel());
        doel.setOmschrijving(gegevens.omschrijving());
        doel.setGeorganiseerd(gegevens.vorm().georganiseerd());
        doel.setStructureel(gegevens.vorm().structureel());
        doel.setRightToChallenge(gegevens.vorm().rightToChallenge());
        Contactpersoon contactpersoon = gegevens.contactpersoon();
        doel.setContactpersoonNaam(contactpersoon == null ? null : contactpersoon.naam());
        doel.setContactpersoonEmail(contactpersoon == null ? null : contactpersoon.email());
        doel.setContactpersoonTelefoon(contactpersoon == null ? null : contactpersoon.telefoon());
        doel.setStatus(bron.getStatus());
        doel.setRol(bron.getRol().orElse(null));
        doel.setLaatsteContactOp(Tijdstippen.opMicroseconden(bron.laatsteContactOp()));
        doel.setAangemaaktOp(Tijdstippen.opMicroseconden(bron.getAangemaaktOp()));
        doel.setGewijzigdOp(Tijdstippen.opMicroseconden(bron.getGewijzigdOp()));
        vervang(doel.getOndersteuning(), gegevens.ondersteuning());
        vervang(doel.getBetrokkenen(), betrokkenenNaarRijen(gegevens.betrokkenen()));
        vervang(doel.getStatushistorie(), statushistorieNaarRijen(bron.getStatushistorie()));
        vervang(doel.getRolhistorie(), rolhistorieNaarRijen(bron.getRolhistorie()));
        vervang(doel.getContactmomenten(), contactmomentenNaarRijen(bron.getContactmomenten()));
        vervang(doel.getAfspraken(), afsprakenNaarRijen(bron.getAfspraken()));
        vervang(doel.getStappen(), stappenNaarRijen(bron.getStappen()));
    }

    /** Only when changed, so Hibernate leaves an unchanged history's rows alone. */
    private static <T> void vervang(List<T> doel, List<T> bron) {
        if (!doel.equals(bron)) {
            doel.clear();
            doel.addAll(bron);
        }
    }

    private static <T> void vervang(Set<T> doel, Set<T> bron) {
        if (!doel.equals(bron)) {
            doel.clear();
            doel.addAll(bron);
        }
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
