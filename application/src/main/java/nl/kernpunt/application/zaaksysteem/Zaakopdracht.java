package nl.kernpunt.application.zaaksysteem;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * One change that must reach the case system, in our own terms. {@code REGISTREER} creates the zaak
 * (with its first status and the initiator's rol); {@code STATUS} adds a status, with the resultaat
 * first when that status closes the zaak. The case system's state is checked before each write, so
 * carrying out an opdracht twice changes nothing the second time.
 *
 * @param status      our status, as the contract writes it ({@code in-behandeling})
 * @param toelichting free text with the status (the reason of a refusal); may be null
 * @param initiator   the first initiator's name, for the rol; only on {@code REGISTREER}
 */
public record Zaakopdracht(Gemeentecode gemeente, Zaakidentificatie zaak, Soort soort, String status,
                           Instant moment, String omschrijving, String toelichting, String initiator) {

    public enum Soort { REGISTREER, STATUS }

    public Zaakopdracht {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(zaak, "zaak");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(moment, "moment");
    }

    public static Zaakopdracht registreer(Gemeentecode gemeente, Zaakidentificatie zaak, String status, Instant moment,
                                          String omschrijving, String toelichting, String initiator) {
        return new Zaakopdracht(gemeente, zaak, Soort.REGISTREER, status, moment, omschrijving, toelichting, initiator);
    }

    public static Zaakopdracht status(Gemeentecode gemeente, Zaakidentificatie zaak, String status, Instant moment,
                                      String toelichting) {
        return new Zaakopdracht(gemeente, zaak, Soort.STATUS, status, moment, null, toelichting, null);
    }
}
