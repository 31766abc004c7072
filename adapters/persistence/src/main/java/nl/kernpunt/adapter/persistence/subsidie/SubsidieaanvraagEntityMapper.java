package nl.kernpunt.adapter.persistence.subsidie;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.EntityMapper;
import nl.kernpunt.adapter.persistence.gedeeld.Sleutels;
import nl.kernpunt.adapter.persistence.gedeeld.Lijsten;
import nl.kernpunt.adapter.persistence.gedeeld.Optioneel;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Collegebesluit;
import nl.kernpunt.domain.subsidie.Criteriumoordeel;
import nl.kernpunt.domain.subsidie.Doeltoetsantwoord;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import org.mapstruct.AfterMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** MapStruct maps the columns, the budget lines and criteria (amounts as cents). */
@Mapper(uses = {Tijdstippen.class, Optioneel.class, Sleutels.class})
interface SubsidieaanvraagEntityMapper extends EntityMapper<Subsidieaanvraag, SubsidieaanvraagJpaEntity> {

    /** By hand: through the aggregate's own factory, which MapStruct cannot call. */
    default Subsidieaanvraag naarDomein(SubsidieaanvraagJpaEntity rij) {
        Straatbijeenkomst bijeenkomst = rij.bijeenkomstStraat == null ? null : new Straatbijeenkomst(rij.bijeenkomstStraat,
                rij.bijeenkomstActiviteit, rij.bijeenkomstDoelgroep, rij.bijeenkomstDatum, rij.bijeenkomstOpen);
        Collegebesluit collegebesluit = rij.collegebesluitKenmerk == null ? null
                : new Collegebesluit(rij.collegebesluitKenmerk, rij.collegebesluitDatum);
        return Subsidieaanvraag.reconstitute(new AanvraagId(rij.id), new Gemeentecode(rij.gemeente),
                new InitiatiefId(rij.initiatiefId), new KernId(rij.kernId), new Regelingcode(rij.regeling), rij.ontvanger, rij.jaar, rij.omschrijving,
                begrotingNaarDomein(rij.begroting), bijeenkomst, rij.status, criteriaNaarDomein(rij.criteria),
                doeltoetsNaarDomein(rij.doeltoets),
                rij.toegekendCenten == null ? null : new Bedrag(rij.toegekendCenten), rij.motivering, collegebesluit,
                rij.besluitOp, rij.besluitDoor, rij.uitbetaaldOp, rij.uitbetaaldDoor, rij.aangemaaktOp,
                rij.gewijzigdOp, rij.versie);
    }

    default String code(Regelingcode code) {
        return code.waarde();
    }

    /** Onto a new or a managed row; the version is Hibernate's. */
    @Mapping(target = "initiatiefId", source = "initiatief")
    @Mapping(target = "kernId", source = "kern")
    @Mapping(target = "toegekendCenten", source = "toegekendBedrag")
    @Mapping(target = "besluitOp", qualifiedByName = "optioneelMoment")
    @Mapping(target = "uitbetaaldOp", qualifiedByName = "optioneelMoment")
    @Mapping(target = "ontvanger", ignore = true)
    @Mapping(target = "bijeenkomstStraat", ignore = true)
    @Mapping(target = "bijeenkomstActiviteit", ignore = true)
    @Mapping(target = "bijeenkomstDoelgroep", ignore = true)
    @Mapping(target = "bijeenkomstDatum", ignore = true)
    @Mapping(target = "bijeenkomstOpen", ignore = true)
    @Mapping(target = "collegebesluitKenmerk", ignore = true)
    @Mapping(target = "collegebesluitDatum", ignore = true)
    @Mapping(target = "begroting", ignore = true)
    @Mapping(target = "criteria", ignore = true)
    @Mapping(target = "doeltoets", ignore = true)
    @Mapping(target = "versie", ignore = true)
    void kopieer(Subsidieaanvraag bron, @MappingTarget SubsidieaanvraagJpaEntity doel);

    /**
     * By hand: MapStruct 1.6 cannot read through the Optionals the event and the college decision
     * come in, and the lists are refilled only when changed.
     */
    @AfterMapping
    default void onderdelen(Subsidieaanvraag bron, @MappingTarget SubsidieaanvraagJpaEntity doel) {
        doel.ontvanger = bron.getOntvanger().orElse(null);
        Straatbijeenkomst bijeenkomst = bron.getBijeenkomst().orElse(null);
        doel.bijeenkomstStraat = bijeenkomst == null ? null : bijeenkomst.straatOfBuurt();
        doel.bijeenkomstActiviteit = bijeenkomst == null ? null : bijeenkomst.activiteit();
        doel.bijeenkomstDoelgroep = bijeenkomst == null ? null : bijeenkomst.doelgroep();
        doel.bijeenkomstDatum = bijeenkomst == null ? null : bijeenkomst.datum();
        doel.bijeenkomstOpen = bijeenkomst == null ? null : bijeenkomst.openVoorAlleBewoners();
        doel.collegebesluitKenmerk = bron.getCollegebesluit().map(Collegebesluit::kenmerk).orElse(null);
        doel.collegebesluitDatum = bron.getCollegebesluit().map(Collegebesluit::datum).orElse(null);
        Lijsten.vervang(doel.begroting, begrotingNaarRijen(bron.getBegroting()));
        Lijsten.vervang(doel.criteria, criteriaNaarRijen(bron.getCriteria()));
        Lijsten.vervang(doel.doeltoets, doeltoetsNaarRijen(bron.getDoeltoets()));
    }

    /** An optional amount is a nullable count of cents. */
    default Long centen(Optional<Bedrag> bedrag) {
        return bedrag.map(Bedrag::centen).orElse(null);
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

    List<Doeltoetsantwoord> doeltoetsNaarDomein(List<DoeltoetsantwoordJpaEmbeddable> rijen);

    List<DoeltoetsantwoordJpaEmbeddable> doeltoetsNaarRijen(List<Doeltoetsantwoord> antwoorden);
}
