package nl.kernpunt.adapter.zaaksysteem.zgw;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** The fields of a Zaken API zaak we write or read; the server's other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZgwZaak(String url, String identificatie, String bronorganisatie, String zaaktype,
                      String verantwoordelijkeOrganisatie, LocalDate startdatum, String omschrijving,
                      String toelichting, String status) {

    public static ZgwZaak nieuw(String identificatie, String rsin, String zaaktype, LocalDate startdatum,
                                String omschrijving, String toelichting) {
        return new ZgwZaak(null, identificatie, rsin, zaaktype, rsin, startdatum, omschrijving, toelichting, null);
    }
}
