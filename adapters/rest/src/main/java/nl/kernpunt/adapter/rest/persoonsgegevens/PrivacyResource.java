package nl.kernpunt.adapter.rest.persoonsgegevens;

import nl.kernpunt.adapter.rest.gedeeld.Tijdstip;
import nl.kernpunt.adapter.rest.initiatief.InitiatiefApiMapper;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.adapter.rest.vraag.VraagApiMapper;
import nl.kernpunt.api.PrivacyApi;
import nl.kernpunt.api.model.Inzage;
import nl.kernpunt.api.model.Inzageverzoek;
import nl.kernpunt.api.model.Verwerking;
import nl.kernpunt.api.model.Verwijderresultaat;
import nl.kernpunt.api.model.Verwijderverzoek;
import nl.kernpunt.application.persoonsgegevens.Persoonskenmerken;
import nl.kernpunt.application.persoonsgegevens.port.in.BeantwoordInzageverzoekUseCase;
import nl.kernpunt.application.persoonsgegevens.port.in.VerwijderPersoonsgegevensUseCase;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The privacy tag: AVG requests, for the beheerder (the use case checks the role). The search terms
 * come in the body, so a person's name or address never appears in a URL or an access log. With
 * {@code Accept: text/plain} the same DTO goes through {@link InzageAlsTekst}.
 */
public class PrivacyResource implements PrivacyApi {

    private final BeantwoordInzageverzoekUseCase inzage;
    private final VerwijderPersoonsgegevensUseCase verwijder;
    private final InitiatiefApiMapper initiatieven;
    private final VraagApiMapper vragen;
    private final HuidigeGebruiker gebruiker;

    public PrivacyResource(BeantwoordInzageverzoekUseCase inzage, VerwijderPersoonsgegevensUseCase verwijder,
                           InitiatiefApiMapper initiatieven, VraagApiMapper vragen, HuidigeGebruiker gebruiker) {
        this.inzage = inzage;
        this.verwijder = verwijder;
        this.initiatieven = initiatieven;
        this.vragen = vragen;
        this.gebruiker = gebruiker;
    }

    @Override
    public RestResponse<Inzage> beantwoordInzageverzoek(Inzageverzoek verzoek) {
        var antwoord = inzage.beantwoord(new BeantwoordInzageverzoekUseCase.Command(gebruiker.vereist(),
                new Persoonskenmerken(verzoek.getEmail(), verzoek.getTelefoon(), verzoek.getNaam())));
        return RestResponse.ok(new Inzage()
                .initiatieven(antwoord.initiatieven().stream().map(initiatieven::naarDto).toList())
                .vragen(antwoord.vragen().stream().map(vragen::naarDto).toList())
                .verwerkingen(antwoord.verwerkingen().stream().map(PrivacyResource::naarDto).toList()));
    }

    @Override
    public RestResponse<Verwijderresultaat> voerVerwijderverzoekUit(Verwijderverzoek verzoek) {
        var verwijdering = verwijder.verwijder(new VerwijderPersoonsgegevensUseCase.Command(gebruiker.vereist(),
                new Persoonskenmerken(verzoek.getEmail(), verzoek.getTelefoon(), verzoek.getNaam()), verzoek.getReden()));
        return RestResponse.ok(new Verwijderresultaat()
                .initiatieven((int) verwijdering.aantal("initiatief"))
                .vragen((int) verwijdering.aantal("vraag")));
    }

    private static Verwerking naarDto(nl.kernpunt.application.gedeeld.verwerking.Verwerking verwerking) {
        return new Verwerking()
                .op(Tijdstip.utc(verwerking.op()))
                .activiteit(verwerking.activiteit().code())
                .naam(verwerking.activiteit().naam())
                .grondslag(verwerking.activiteit().grondslag())
                .handeling(Verwerking.HandelingEnum.fromValue(verwerking.handeling().extern()))
                .gebruiker(verwerking.gebruiker())
                .rollen(verwerking.rollen())
                .objectsoort(verwerking.objectsoort())
                .objecten(verwerking.objecten())
                .traceId(verwerking.traceId());
    }
}
