package nl.kernpunt.adapter.rest.gebeurtenis;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.AbonnementenApi;
import nl.kernpunt.api.model.Abonnement;
import nl.kernpunt.api.model.AbonnementMetGeheim;
import nl.kernpunt.api.model.AbonnementNieuw;
import nl.kernpunt.api.model.Abonnementen;
import nl.kernpunt.api.model.Gebeurtenistype;
import nl.kernpunt.api.model.GeparkeerdeBezorgingen;
import nl.kernpunt.application.gebeurtenis.port.in.BeheerAbonnementenUseCase;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import org.jboss.resteasy.reactive.RestResponse;

/** The abonnementen tag: a beheerder's webhook subscriptions and parked deliveries. */
public class AbonnementenResource implements AbonnementenApi {

    private final BeheerAbonnementenUseCase abonnementen;
    private final GebeurtenisApiMapper mapper;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;

    @Context
    UriInfo verzoek;

    public AbonnementenResource(BeheerAbonnementenUseCase abonnementen, GebeurtenisApiMapper mapper,
                                HuidigeGebruiker gebruiker, IdempotenteAanmaak idempotent) {
        this.abonnementen = abonnementen;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
    }

    @Override
    public RestResponse<AbonnementMetGeheim> neemAbonnement(AbonnementNieuw nieuw, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        // a retried create replays the first 201, secret included, instead of making a second subscription
        return idempotent.maak(idempotencyKey, door, "neemAbonnement", nieuw, AbonnementMetGeheim.class, () -> {
            Set<String> typen = Optional.ofNullable(nieuw.getTypen()).orElse(Set.of()).stream()
                    .map(Gebeurtenistype::toString).collect(Collectors.toSet());
            var abonnement = abonnementen.neemAf(door, nieuw.getUrl(), typen, Optional.ofNullable(nieuw.getKern()));
            String locatie = verzoek.getBaseUriBuilder().path(AbonnementenApi.class, "leesAbonnement")
                    .build(abonnement.id()).getRawPath();
            // a subscription has no version, so no ETag
            return new Aangemaakt<>(mapper.metGeheim(abonnement), locatie, null);
        });
    }

    @Override
    public RestResponse<Abonnementen> zoekAbonnementen() {
        return RestResponse.ok(new Abonnementen().resultaten(
                abonnementen.lijst(gebruiker.vereist()).stream().map(mapper::naarDto).toList()));
    }

    @Override
    public RestResponse<Abonnement> leesAbonnement(UUID abonnementId) {
        return RestResponse.ok(mapper.naarDto(abonnementen.lees(gebruiker.vereist(), abonnementId)));
    }

    @Override
    public RestResponse<Void> zegAbonnementOp(UUID abonnementId) {
        abonnementen.zegOp(gebruiker.vereist(), abonnementId);
        return RestResponse.noContent();
    }

    @Override
    public RestResponse<GeparkeerdeBezorgingen> zoekGeparkeerdeBezorgingen() {
        return RestResponse.ok(new GeparkeerdeBezorgingen().resultaten(
                abonnementen.geparkeerd(gebruiker.vereist()).stream().map(mapper::naarDto).toList()));
    }

    @Override
    public RestResponse<Void> bezorgOpnieuw(UUID bezorgingId) {
        abonnementen.bezorgOpnieuw(gebruiker.vereist(), bezorgingId);
        return RestResponse.noContent();
    }
}
