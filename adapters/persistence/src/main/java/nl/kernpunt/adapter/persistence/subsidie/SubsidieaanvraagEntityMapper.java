package nl.kernpunt.adapter.persistence.subsidie;

import java.util.List;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Collegebesluit;
import nl.kernpunt.domain.subsidie.Criteriumoordeel;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import org.mapstruct.Mapper;

/**
 * MapStruct maps the budget lines and criteria (amounts as cents); the aggregate goes through its
 * own factory and its flattened columns, which MapStruct cannot express.
 */
@Mapper
interface SubsidieaanvraagEntityMapper extends EntityMapper<Subsidieaanvraag, SubsidieaanvraagJpaEntity> {

    default Subsidieaanvraag naarDomein(SubsidieaanvraagJpaEntity rij) {
        Straatbijeenkomst bijeenkomst = rij.bijeenkomstStraat == null ? null : new Straatbijeenkomst(rij.bijeenkomstStraat,
                rij.bijeenkomstActiviteit, rij.bijeenkomstDoelgroep, rij.bijeenkomstDatum, rij.bijeenkomstOpen);
        Collegebesluit collegebesluit = rij.collegebesluitKenmerk == null ? null
                : new Collegebesluit(rij.collegebesluitKenmerk, rij.collegebesluitDatum);
        return Subsidieaanvraag.reconstitute(new AanvraagId(rij.id), new Gemeentecode(rij.gemeente),
                new InitiatiefId(rij.initiatiefId), new KernId(rij.kernId), rij.regeling, rij.jaar, rij.omschrijving,
                begrotingNaarDomein(rij.begroting), bijeenkomst, rij.status, criteriaNaarDomein(rij.criteria),
                rij.toegekendCenten == null ? null : new Bedrag(rij.toegekendCenten), rij.motivering, collegebesluit,
                rij.besluitOp, rij.besluitDoor, rij.uitbetaaldOp, rij.uitbetaaldDoor, rij.aangemaaktOp,
                rij.gewijzigdOp, rij.versie);
    }

    /** Onto a new or a managed row; the lists are refilled only when changed, the version is Hibernate's. */
    default void kopieer(Subsidieaanvraag bron, SubsidieaanvraagJpaEntity doel) {
        doel.id = bron.getId().waarde();
        doel.gemeente = bron.getGemeente().waarde();
        doel.initiatiefId = bron.getInitiatief().waarde();
        doel.kernId = bron.getKern().waarde();
        doel.regeling = bron.getRegeling();
        doel.jaar = bron.getJaar();
        doel.omschrijving = bron.getOmschrijving();
        Straatbijeenkomst bijeenkomst = bron.getBijeenkomst().orElse(null);
        doel.bijeenkomstStraat = bijeenkomst == null ? null : bijeenkomst.straatOfBuurt();
        doel.bijeenkomstActiviteit = bijeenkomst == null ? null : bijeenkomst.activiteit();
        doel.bijeenkomstDoelgroep = bijeenkomst == null ? null : bijeenkomst.doelgroep();
        doel.bijeenkomstDatum = bijeenkomst == null ? null : bijeenkomst.datum();
        doel.bijeenkomstOpen = bijeenkomst == null ? null : bijeenkomst.openVoorAlleBewoners();
        doel.status = bron.getStatus();
        doel.toegekendCenten = bron.getToegekendBedrag().map(Bedrag::centen).orElse(null);
        doel.motivering = bron.getMotivering().orElse(null);
        doel.collegebesluitKenmerk = bron.getCollegebesluit().map(Collegebesluit::kenmerk).orElse(null);
        doel.collegebesluitDatum = bron.getCollegebesluit().map(Collegebesluit::datum).orElse(null);
        doel.besluitOp = Tijdstippen.opMicroseconden(bron.getBesluitOp().orElse(null));
        doel.besluitDoor = bron.getBesluitDoor().orElse(null);
        doel.uitbetaaldOp = Tijdstippen.opMicroseconden(bron.getUitbetaaldOp().orElse(null));
        doel.uitbetaaldDoor = bron.getUitbetaaldDoor().orElse(null);
        doel.aangemaaktOp = Tijdstippen.opMicroseconden(bron.getAangemaaktOp());
        doel.gewijzigdOp = Tijdstippen.opMicroseconden(bron.getGewijzigdOp());
        vervang(doel.begroting, begrotingNaarRijen(bron.getBegroting()));
        vervang(doel.criteria, criteriaNaarRijen(bron.getCriteria()));
    }

    private static <T> void vervang(List<T> doel, List<T> bron) {
        if (!doel.equals(bron)) {
            doel.clear();
            doel.addAll(bron);
        }
    }

    default long centen(Bedrag bedrag) {
        return bedrag.centen();
    }

    default Bedrag bedrag(long centen) {
        return new Bedrag(centen);
    }

    List<Begrotingsregel> begrotingNaarDomein(List<BegrotingsregelJpaEmbeddable> rijen);

    List<BegrotingsregelJpaEmbeddable> begrotingNaarRijen(List<Begrotingsregel> regels);

    List<Criteriumoordeel> criteriaNaarDomein(List<CriteriumoordeelJpaEmbeddable> rijen);

    List<CriteriumoordeelJpaEmbeddable> criteriaNaarRijen(List<Criteriumoordeel> oordelen);
}
