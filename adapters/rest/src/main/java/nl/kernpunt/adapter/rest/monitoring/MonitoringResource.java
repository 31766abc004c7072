package nl.kernpunt.adapter.rest.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.MonitoringApi;
import nl.kernpunt.api.model.Monitoring;
import nl.kernpunt.api.model.Streefcijfers;
import nl.kernpunt.api.model.StreefcijfersWijziging;
import nl.kernpunt.application.monitoring.port.in.MonitoringQuery;
import nl.kernpunt.application.monitoring.port.in.StelStreefcijfersVastUseCase;
import nl.kernpunt.application.monitoring.port.in.StreefcijfersQuery;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The monitoring tag. JSON by default; with {@code Accept: text/csv} the same DTO goes through
 * {@link CijfersAlsCsv}, so JSON and CSV cannot disagree. The gemeente's targets, shown next to
 * the figures, are read and changed here too.
 */
public class MonitoringResource implements MonitoringApi {

    private final MonitoringQuery monitoring;
    private final StreefcijfersQuery streefcijfers;
    private final StelStreefcijfersVastUseCase stelStreefcijfersVast;
    private final MonitoringApiMapper mapper;
    private final HuidigeGebruiker gebruiker;

    public MonitoringResource(MonitoringQuery monitoring, StreefcijfersQuery streefcijfers,
                              StelStreefcijfersVastUseCase stelStreefcijfersVast, MonitoringApiMapper mapper,
                              HuidigeGebruiker gebruiker) {
        this.monitoring = monitoring;
        this.streefcijfers = streefcijfers;
        this.stelStreefcijfersVast = stelStreefcijfersVast;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
    }

    @Override
    public RestResponse<Monitoring> leesMonitoring(String gemeente, UUID kern, LocalDate van, LocalDate tot) {
        var vraag = new MonitoringQuery.Vraag(gemeente == null ? null : new Gemeentecode(gemeente),
                kern == null ? null : new KernId(kern), van, tot);
        return RestResponse.ok(mapper.naarDto(monitoring.lees(vraag, gebruiker.vereist())));
    }

    @Override
    public RestResponse<Streefcijfers> leesStreefcijfers() {
        var gelezen = streefcijfers.lees(gebruiker.vereist());
        return Versies.ok(mapper.naarDto(gelezen), gelezen.getVersie());
    }

    @Override
    public RestResponse<Streefcijfers> wijzigStreefcijfers(StreefcijfersWijziging wijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        var gewijzigd = stelStreefcijfersVast.stelVast(new StelStreefcijfersVastUseCase.Command(gebruiker.vereist(),
                versie, mapper.naarDomein(wijziging)));
        return Versies.ok(mapper.naarDto(gewijzigd), gewijzigd.getVersie());
    }
}
