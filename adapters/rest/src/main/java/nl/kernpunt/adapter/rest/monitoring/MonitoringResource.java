package nl.kernpunt.adapter.rest.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.MonitoringApi;
import nl.kernpunt.api.model.Monitoring;
import nl.kernpunt.application.monitoring.port.in.MonitoringQuery;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The monitoring tag. JSON by default; with {@code Accept: text/csv} the same DTO goes through
 * {@link CijfersAlsCsv}, so JSON and CSV cannot disagree.
 */
public class MonitoringResource implements MonitoringApi {

    private final MonitoringQuery monitoring;
    private final MonitoringApiMapper mapper;
    private final HuidigeGebruiker gebruiker;

    public MonitoringResource(MonitoringQuery monitoring, MonitoringApiMapper mapper, HuidigeGebruiker gebruiker) {
        this.monitoring = monitoring;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
    }

    @Override
    public RestResponse<Monitoring> leesMonitoring(String gemeente, UUID kern, LocalDate van, LocalDate tot) {
        var vraag = new MonitoringQuery.Vraag(gemeente == null ? null : new Gemeentecode(gemeente),
                kern == null ? null : new KernId(kern), van, tot);
        return RestResponse.ok(mapper.naarDto(monitoring.lees(vraag, gebruiker.vereist())));
    }
}
