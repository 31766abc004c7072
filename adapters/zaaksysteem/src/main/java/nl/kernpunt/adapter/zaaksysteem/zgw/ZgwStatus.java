package nl.kernpunt.adapter.zaaksysteem.zgw;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ZgwStatus(String url, String zaak, String statustype, OffsetDateTime datumStatusGezet,
                        String statustoelichting) {
}
