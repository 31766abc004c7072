package nl.kernpunt.adapter.rest.subsidie;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import java.util.List;
import nl.kernpunt.adapter.rest.gedeeld.Tijdstip;
import nl.kernpunt.api.model.AanvraagStatus;
import nl.kernpunt.api.model.Begrotingsregel;
import nl.kernpunt.api.model.Budgetsoort;
import nl.kernpunt.api.model.Collegebesluit;
import nl.kernpunt.api.model.Criteriumoordeel;
import nl.kernpunt.api.model.Doelcriterium;
import nl.kernpunt.api.model.Doeltoetsantwoord;
import nl.kernpunt.api.model.Ontvangersoort;
import nl.kernpunt.api.model.Straatbijeenkomst;
import nl.kernpunt.api.model.Subsidieaanvraag;
import nl.kernpunt.api.model.Subsidiebudget;
import nl.kernpunt.api.model.Subsidieregeling;
import nl.kernpunt.api.model.UitgeslotenKosten;
import nl.kernpunt.application.subsidie.port.in.Budgetstand;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieaanvraag;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieregeling;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Regelingcode;
import org.mapstruct.Mapper;

/**
 * Contract DTOs to and from the grant ledger. MapStruct maps the value objects and enums (same
 * constant names on both sides); amounts travel as text with two decimals, never as a floating
 * point number. The aggregates are written out by hand, as their optional parts are.
 */
@Mapper
public interface SubsidieApiMapper {

    /** The contract's pattern was checked already; the domain checks the code again. */
    default Regelingcode naarDomein(String code) {
        return code == null ? null : new Regelingcode(code);
    }

    default String naarDto(Regelingcode code) {
        return code.waarde();
    }

    Budgetsoort naarDto(nl.kernpunt.domain.subsidie.Budgetsoort soort);

    nl.kernpunt.domain.subsidie.Budgetsoort naarDomein(Budgetsoort soort);

    Ontvangersoort naarDto(nl.kernpunt.domain.subsidie.Ontvangersoort soort);

    nl.kernpunt.domain.subsidie.Ontvangersoort naarDomein(Ontvangersoort soort);

    nl.kernpunt.domain.subsidie.UitgeslotenKosten naarDomein(UitgeslotenKosten uitgesloten);

    UitgeslotenKosten naarDto(nl.kernpunt.domain.subsidie.UitgeslotenKosten uitgesloten);

    List<nl.kernpunt.domain.subsidie.UitgeslotenKosten> uitgeslotenNaarDomein(List<UitgeslotenKosten> uitgesloten);

    AanvraagStatus naarDto(nl.kernpunt.domain.subsidie.AanvraagStatus status);

    nl.kernpunt.domain.subsidie.Begrotingsregel naarDomein(Begrotingsregel regel);

    Begrotingsregel naarDto(nl.kernpunt.domain.subsidie.Begrotingsregel regel);

    nl.kernpunt.domain.subsidie.Criteriumoordeel naarDomein(Criteriumoordeel oordeel);

    Criteriumoordeel naarDto(nl.kernpunt.domain.subsidie.Criteriumoordeel oordeel);

    nl.kernpunt.domain.subsidie.Straatbijeenkomst naarDomein(Straatbijeenkomst bijeenkomst);

    Straatbijeenkomst naarDto(nl.kernpunt.domain.subsidie.Straatbijeenkomst bijeenkomst);

    nl.kernpunt.domain.subsidie.Collegebesluit naarDomein(Collegebesluit besluit);

    Collegebesluit naarDto(nl.kernpunt.domain.subsidie.Collegebesluit besluit);

    List<nl.kernpunt.domain.subsidie.Begrotingsregel> begrotingNaarDomein(List<Begrotingsregel> regels);

    List<nl.kernpunt.domain.subsidie.Criteriumoordeel> criteriaNaarDomein(List<Criteriumoordeel> oordelen);

    nl.kernpunt.domain.subsidie.Doelcriterium naarDomein(Doelcriterium criterium);

    Doelcriterium naarDto(nl.kernpunt.domain.subsidie.Doelcriterium criterium);

    nl.kernpunt.domain.subsidie.Doeltoetsantwoord naarDomein(Doeltoetsantwoord antwoord);

    Doeltoetsantwoord naarDto(nl.kernpunt.domain.subsidie.Doeltoetsantwoord antwoord);

    List<nl.kernpunt.domain.subsidie.Doeltoetsantwoord> doeltoetsNaarDomein(List<Doeltoetsantwoord> antwoorden);

    /** An absent purpose test is none: a change replaces the scheme's whole (ADR 27). */
    default nl.kernpunt.domain.subsidie.Doeltoets doeltoets(List<Doelcriterium> criteria) {
        return new nl.kernpunt.domain.subsidie.Doeltoets(criteria == null ? List.of()
                : criteria.stream().map(this::naarDomein).toList());
    }

    /** The contract's pattern was checked already; this names the field should the text still be wrong. */
    default Bedrag bedrag(String tekst) {
        return tekst == null ? null : Bedrag.van("bedrag", tekst);
    }

    default String tekst(Bedrag bedrag) {
        return bedrag == null ? null : bedrag.tekst();
    }

    default Subsidieregeling naarDto(GelezenSubsidieregeling gelezen) {
        nl.kernpunt.domain.subsidie.Subsidieregeling regeling = gelezen.regeling();
        return new Subsidieregeling()
                .soort(naarDto(regeling.getCode()))
                .naam(regeling.getNaam())
                .budgetsoort(naarDto(regeling.getBudgetsoort()))
                .ontvangersoort(regeling.getOntvangersoort().map(this::naarDto).orElse(null))
                .bedrag(regeling.getBedrag().tekst())
                .doeltoets(regeling.getDoeltoets().criteria().stream().map(this::naarDto).toList())
                .uitgeslotenKosten(regeling.getUitgeslotenKosten().stream().map(this::naarDto).toList())
                .gearchiveerd(regeling.isGearchiveerd())
                .gewijzigdOp(utc(regeling.getGewijzigdOp()));
    }

    default Subsidiebudget naarDto(Budgetstand stand) {
        return new Subsidiebudget()
                .regeling(naarDto(stand.pot().regeling()))
                .jaar(stand.pot().jaar())
                .kern(stand.pot().getKern().map(k -> k.waarde()).orElse(null))
                .ontvanger(stand.pot().getOntvanger().orElse(null))
                .plafond(stand.pot().getPlafond().map(Bedrag::tekst).orElse(null))
                .toegekend(stand.toegekend().tekst())
                .resterend(stand.resterend().map(Bedrag::tekst).orElse(null));
    }

    default Subsidieaanvraag naarDto(GelezenSubsidieaanvraag gelezen) {
        nl.kernpunt.domain.subsidie.Subsidieaanvraag aanvraag = gelezen.aanvraag();
        return new Subsidieaanvraag()
                .id(aanvraag.getId().waarde())
                .initiatiefId(aanvraag.getInitiatief().waarde())
                .kern(aanvraag.getKern().waarde())
                .regeling(naarDto(aanvraag.getRegeling()))
                .ontvanger(aanvraag.getOntvanger().orElse(null))
                .jaar(aanvraag.getJaar())
                .omschrijving(aanvraag.getOmschrijving())
                .begroting(aanvraag.getBegroting().stream().map(this::naarDto).toList())
                .aangevraagd(aanvraag.aangevraagd().tekst())
                .bijeenkomst(aanvraag.getBijeenkomst().map(this::naarDto).orElse(null))
                .status(naarDto(aanvraag.getStatus()))
                .criteria(aanvraag.getCriteria().stream().map(this::naarDto).toList())
                .doeltoets(aanvraag.getDoeltoets().stream().map(this::naarDto).toList())
                .toegekendBedrag(aanvraag.getToegekendBedrag().map(Bedrag::tekst).orElse(null))
                .motivering(aanvraag.getMotivering().orElse(null))
                .collegebesluit(aanvraag.getCollegebesluit().map(this::naarDto).orElse(null))
                .besluitOp(aanvraag.getBesluitOp().map(Tijdstip::utc).orElse(null))
                .besluitDoor(aanvraag.getBesluitDoor().orElse(null))
                .uitbetaaldOp(aanvraag.getUitbetaaldOp().map(Tijdstip::utc).orElse(null))
                .uitbetaaldDoor(aanvraag.getUitbetaaldDoor().orElse(null))
                .aangemaaktOp(utc(aanvraag.getAangemaaktOp()))
                .gewijzigdOp(utc(aanvraag.getGewijzigdOp()));
    }
}
