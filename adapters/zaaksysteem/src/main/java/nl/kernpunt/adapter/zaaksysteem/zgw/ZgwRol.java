package nl.kernpunt.adapter.zaaksysteem.zgw;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A natural person's rol. The person is identified by {@code anpIdentificatie} (a number in our own
 * system), never by a BSN: we do not hold one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZgwRol(String url, String zaak, String betrokkeneType, String roltype, String roltoelichting,
                     Persoon betrokkeneIdentificatie) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Persoon(String anpIdentificatie, String geslachtsnaam) {
    }

    public static ZgwRol initiator(String zaak, String roltype, String anpIdentificatie, String naam) {
        return new ZgwRol(null, zaak, "natuurlijk_persoon", roltype, "Initiatiefnemer",
                new Persoon(anpIdentificatie, naam));
    }
}
