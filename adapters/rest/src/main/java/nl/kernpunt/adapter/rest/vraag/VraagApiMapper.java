package nl.kernpunt.adapter.rest.vraag;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.Antwoordtermijn;
import nl.kernpunt.api.model.Contactpersoon;
import nl.kernpunt.api.model.Pauze;
import nl.kernpunt.api.model.Vraag;
import nl.kernpunt.api.model.VraagPagina;
import nl.kernpunt.api.model.VraagStatus;
import nl.kernpunt.api.model.Vraagactie;
import nl.kernpunt.api.model.Vraagstatusovergang;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase;
import nl.kernpunt.domain.vraag.Termijnstand;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;

/**
 * Contract DTOs to and from the domain. MapStruct maps the value objects and enums (same constant
 * names on both sides); the question itself is written out by hand, as it joins the aggregate with
 * its term as it stands at reading.
 */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface VraagApiMapper {

    nl.kernpunt.domain.gedeeld.Contactpersoon naarDomein(Contactpersoon persoon);

    nl.kernpunt.domain.vraag.VraagStatus naarDomein(VraagStatus status);

    VoerVraagovergangUitUseCase.Actie naarDomein(Vraagactie actie);

    Contactpersoon naarDto(nl.kernpunt.domain.gedeeld.Contactpersoon persoon);

    VraagStatus naarDto(nl.kernpunt.domain.vraag.VraagStatus status);

    Antwoordtermijn naarDto(nl.kernpunt.domain.vraag.Antwoordtermijn termijn);

    Vraagstatusovergang naarDto(nl.kernpunt.domain.vraag.Statusovergang overgang);

    Pauze naarDto(nl.kernpunt.domain.vraag.Pauze pauze);

    /** Everything, the asker included: only staff of the question's own gemeente get here. */
    default Vraag naarDto(GelezenVraag gelezen) {
        nl.kernpunt.domain.vraag.Vraag vraag = gelezen.vraag();
        Termijnstand stand = gelezen.termijnstand();
        return new Vraag()
                .id(vraag.getId().waarde())
                .gemeente(vraag.getGemeente().waarde())
                .kern(vraag.getKern().waarde())
                .referentie(vraag.getReferentie().waarde())
                .onderwerp(vraag.getOnderwerp())
                .tekst(vraag.getTekst())
                .vrager(naarDto(vraag.getVrager()))
                .ontvangenOp(utc(vraag.getOntvangenOp()))
                .spamOp(utc(vraag.getSpamOp()))
                .kernambtenaar(vraag.getKernambtenaar().map(this::naarDto).orElse(null))
                .behandelaar(naarDto(vraag.getBehandelaar()))
                .status(naarDto(vraag.getStatus()))
                .termijn(naarDto(vraag.getTermijn()))
                .deadline(utc(stand.deadline()))
                .termijnGehaald(stand.gehaald())
                .verlopen(stand.isVerlopen())
                .eersteReactieOp(utc(vraag.getEersteReactieOp()))
                .verwachtAntwoordOp(vraag.getVerwachtAntwoordOp())
                .statushistorie(vraag.getHistorie().stream().map(this::naarDto).toList())
                .pauzes(vraag.getPauzes().stream().map(this::naarDto).toList())
                .gewijzigdOp(utc(vraag.getGewijzigdOp()));
    }

    default VraagPagina naarDto(Pagina<GelezenVraag> pagina) {
        return new VraagPagina()
                .resultaten(pagina.resultaten().stream().map(this::naarDto).toList())
                .volgendeCursor(pagina.volgendeCursor());
    }
}
