package nl.kernpunt.adapter.rest.begroting;

import static nl.kernpunt.adapter.rest.gedeeld.Tijdstip.utc;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kernpunt.api.model.Begrotingsidee;
import nl.kernpunt.api.model.Begrotingsronde;
import nl.kernpunt.api.model.Dagperiode;
import nl.kernpunt.api.model.Stemwijze;
import nl.kernpunt.application.begroting.port.in.GelezenRonde;
import nl.kernpunt.domain.begroting.IdeeId;
import nl.kernpunt.domain.begroting.Toewijzing;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.subsidie.Bedrag;

/**
 * Contract DTOs to and from budget rounds. Everything in a round is public, so staff and residents
 * read the same shape. After closing the ideas come in the result's order, each accepted one
 * with its votes and whether it was chosen.
 */
final class BegrotingsrondeApiMapper {

    private BegrotingsrondeApiMapper() {
    }

    static Bedrag bedrag(String veld, String tekst) {
        return tekst == null ? null : Bedrag.van(veld, tekst);
    }

    static Periode periode(Dagperiode periode) {
        return periode == null ? null : new Periode(periode.getVan(), periode.getTot());
    }

    static nl.kernpunt.domain.begroting.Stemwijze naarDomein(Stemwijze stemwijze) {
        return stemwijze == null ? null : nl.kernpunt.domain.begroting.Stemwijze.valueOf(stemwijze.name());
    }

    static Begrotingsronde naarDto(GelezenRonde gelezen) {
        var ronde = gelezen.ronde();
        Map<IdeeId, Toewijzing.Regel> uitslag = gelezen.getUitslag().map(Toewijzing::regels).orElse(List.of())
                .stream().collect(Collectors.toMap(Toewijzing.Regel::idee, Function.identity()));
        // the result's order first, then the ideas that took no part (not accepted)
        List<Begrotingsidee> ideeen = Stream.concat(
                gelezen.getUitslag().map(Toewijzing::regels).orElse(List.of()).stream()
                        .map(regel -> gelezen.ideeen().stream().filter(i -> i.getId().equals(regel.idee()))
                                .findFirst().orElseThrow()),
                gelezen.ideeen().stream().filter(i -> !uitslag.containsKey(i.getId())))
                .map(idee -> naarDto(idee, uitslag.get(idee.getId()))).toList();
        return new Begrotingsronde()
                .id(ronde.getId().waarde())
                .gemeente(ronde.getGemeente().waarde())
                .kern(ronde.getKern().waarde())
                .jaar(ronde.getJaar())
                .bedrag(ronde.getBedrag().tekst())
                .ideeenperiode(naarDto(ronde.getIdeeenperiode()))
                .stemperiode(naarDto(ronde.getStemperiode()))
                .stemwijze(Stemwijze.valueOf(ronde.getStemwijze().name()))
                .status(ronde.isGesloten() ? Begrotingsronde.StatusEnum.GESLOTEN : Begrotingsronde.StatusEnum.OPEN)
                .codesUitgegeven(gelezen.stemcijfers().codesUitgegeven())
                .stemmenUitgebracht(gelezen.stemcijfers().stemmenUitgebracht())
                .geslotenOp(ronde.getGeslotenOp().map(t -> utc(t)).orElse(null))
                .toegewezen(ronde.getToegewezen().map(Bedrag::tekst).orElse(null))
                .ideeen(ideeen);
    }

    static Begrotingsidee naarDto(nl.kernpunt.domain.begroting.Begrotingsidee idee, Toewijzing.Regel uitslag) {
        return new Begrotingsidee()
                .id(idee.getId().waarde())
                .titel(idee.getTitel())
                .omschrijving(idee.getOmschrijving())
                .kosten(idee.getKosten().tekst())
                .status(Begrotingsidee.StatusEnum.fromValue(idee.getStatus().extern()))
                .motivering(idee.getMotivering().orElse(null))
                .ingediendOp(utc(idee.getIngediendOp()))
                .stemmen(uitslag == null ? null : uitslag.stemmen())
                .gekozen(uitslag == null ? null : uitslag.gekozen());
    }

    private static Dagperiode naarDto(Periode periode) {
        return new Dagperiode().van(periode.van()).tot(periode.tot());
    }
}
