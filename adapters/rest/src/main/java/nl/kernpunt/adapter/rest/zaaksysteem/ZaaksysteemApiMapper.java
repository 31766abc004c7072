package nl.kernpunt.adapter.rest.zaaksysteem;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.GeparkeerdeOpdracht;
import nl.kernpunt.api.model.Notificatie;
import nl.kernpunt.api.model.Synchronisatiestand;
import nl.kernpunt.api.model.Zaakconflict;
import nl.kernpunt.api.model.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;

/**
 * The sync's views as contract DTOs. Written out by hand, as there is nothing for MapStruct to match:
 * each DTO flattens the zaak's identificatie into kind, item id and the identificatie itself.
 */
@ApplicationScoped
public class ZaaksysteemApiMapper {

    private final WaardeApiMapper waarden;

    public ZaaksysteemApiMapper(WaardeApiMapper waarden) {
        this.waarden = waarden;
    }

    public Synchronisatiestand naarDto(nl.kernpunt.application.zaaksysteem.Synchronisatiestand stand, Instant nu) {
        Outboxstand outbox = stand.outbox();
        return new Synchronisatiestand()
                .ingesteld(stand.ingesteld())
                .wachtend(outbox.wachtend())
                .opnieuw(outbox.opnieuw())
                .geparkeerd(outbox.geparkeerd())
                .oudsteWachtendSeconden(outbox.oudsteWachtendSinds() == null ? null
                        : Math.max(0, Duration.between(outbox.oudsteWachtendSinds(), nu).toSeconds()))
                .laatstGelukt(waarden.tijdstip(outbox.laatstGelukt()))
                .onbereikbaarSinds(waarden.tijdstip(outbox.onbereikbaarSinds()))
                .openConflicten(stand.openConflicten());
    }

    public GeparkeerdeOpdracht naarDto(nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht geparkeerd) {
        Zaakidentificatie zaak = geparkeerd.opdracht().zaak();
        return new GeparkeerdeOpdracht()
                .id(geparkeerd.id())
                .soort(Zaaksoort.fromValue(zaak.soort().extern()))
                .bron(zaak.bron())
                .zaakIdentificatie(zaak.waarde())
                .opdracht(GeparkeerdeOpdracht.OpdrachtEnum.fromValue(geparkeerd.opdracht().soort().name().toLowerCase()))
                .status(geparkeerd.opdracht().status())
                .pogingen(geparkeerd.pogingen())
                .fout(geparkeerd.fout());
    }

    public Zaakconflict naarDto(nl.kernpunt.application.zaaksysteem.Zaakconflict conflict) {
        return new Zaakconflict()
                .id(conflict.id())
                .soort(Zaaksoort.fromValue(conflict.zaak().soort().extern()))
                .bron(conflict.zaak().bron())
                .zaakIdentificatie(conflict.zaak().waarde())
                .zaakUrl(conflict.zaakUrl() == null ? null : java.net.URI.create(conflict.zaakUrl()))
                .huidigeStatus(conflict.huidigeStatus())
                .gevraagdeStatus(conflict.gevraagdeStatus())
                .statustype(conflict.statustype())
                .code(conflict.code())
                .reden(conflict.reden())
                .ontvangenOp(waarden.tijdstip(conflict.ontvangenOp()));
    }

    public nl.kernpunt.application.zaaksysteem.Notificatie naarDomein(Notificatie notificatie) {
        return new nl.kernpunt.application.zaaksysteem.Notificatie(notificatie.getKanaal(),
                notificatie.getHoofdObject(), notificatie.getResource(),
                notificatie.getResourceUrl(), notificatie.getActie(),
                notificatie.getAanmaakdatum().toInstant());
    }
}
