package nl.kernpunt.adapter.rest.gebeurtenis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Tijdstip;
import nl.kernpunt.api.model.Abonnement;
import nl.kernpunt.api.model.AbonnementMetGeheim;
import nl.kernpunt.api.model.Gebeurtenis;
import nl.kernpunt.api.model.Gebeurtenistype;
import nl.kernpunt.api.model.GeparkeerdeBezorging;
import nl.kernpunt.application.gebeurtenis.Cloudevent;

/** Events and subscriptions as contract DTOs, by hand: the CloudEvent's attributes are fixed names. */
@ApplicationScoped
public class GebeurtenisApiMapper {

    public Gebeurtenis naarDto(Cloudevent e) {
        return new Gebeurtenis()
                .specversion(Gebeurtenis.SpecversionEnum.fromString(Cloudevent.SPECVERSION))
                .id(UUID.fromString(e.id()))
                .source(e.source())
                .type(Gebeurtenistype.fromString(e.type()))
                .time(Tijdstip.utc(e.time()))
                .subject(UUID.fromString(e.subject()))
                .dataref(e.dataref())
                .datacontenttype(Gebeurtenis.DatacontenttypeEnum.fromString(Cloudevent.DATACONTENTTYPE))
                .sequence(e.sequence())
                .data(e.data());
    }

    public Abonnement naarDto(nl.kernpunt.application.gebeurtenis.Abonnement a) {
        return new Abonnement()
                .id(a.id())
                .url(a.url().toString())
                .typen(a.typen().stream().sorted().map(Gebeurtenistype::fromString).toList())
                .kern(a.kern().orElse(null))
                .aangemaaktOp(Tijdstip.utc(a.aangemaaktOp()));
    }

    /** The only answer that carries the secret: the one to the beheerder who took the subscription. */
    public AbonnementMetGeheim metGeheim(nl.kernpunt.application.gebeurtenis.Abonnement a) {
        Abonnement zonder = naarDto(a);
        return new AbonnementMetGeheim()
                .id(zonder.getId())
                .url(zonder.getUrl())
                .typen(zonder.getTypen())
                .kern(zonder.getKern())
                .aangemaaktOp(zonder.getAangemaaktOp())
                .geheim(a.geheim().waarde());
    }

    public GeparkeerdeBezorging naarDto(nl.kernpunt.application.gebeurtenis.GeparkeerdeBezorging b) {
        return new GeparkeerdeBezorging()
                .id(b.id())
                .abonnement(b.abonnement())
                .gebeurtenis(b.gebeurtenis())
                .type(Gebeurtenistype.fromString(b.type()))
                .pogingen(b.pogingen())
                .fout(b.laatsteFout());
    }
}
