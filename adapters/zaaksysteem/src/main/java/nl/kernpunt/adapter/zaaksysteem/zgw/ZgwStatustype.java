package nl.kernpunt.adapter.zaaksysteem.zgw;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Catalogi API statustype; read only to name an unknown one in a conflict. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ZgwStatustype(String url, String omschrijving) {
}
