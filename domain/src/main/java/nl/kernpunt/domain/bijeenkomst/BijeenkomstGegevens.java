package nl.kernpunt.domain.bijeenkomst;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.kern.KernId;

/**
 * The facts of a meeting that are edited together: in or for one or more kernen, on one day, with
 * the number of participants (never their names), the initiatives and trajecten it was about and
 * the minutes. The minutes may name people, so the meeting is staff-only.
 */
public record BijeenkomstGegevens(String titel, Bijeenkomstsoort soort, LocalDate datum, List<KernId> kernen,
                                  Integer aantalDeelnemers, List<UUID> initiatieven, List<UUID> trajecten,
                                  String verslag) {

    public BijeenkomstGegevens {
        titel = Invoer.verplicht("titel", titel, 200);
        Invoer.nietNull("soort", soort);
        Invoer.nietNull("datum", datum);
        kernen = Invoer.lijst("kernen", kernen, 50).stream().distinct().toList();
        if (kernen.isEmpty()) {
            throw new OngeldigeWaarde("kernen", "verplicht", "noem ten minste één kern");
        }
        if (aantalDeelnemers != null && (aantalDeelnemers < 0 || aantalDeelnemers > 100_000)) {
            throw new OngeldigeWaarde("aantalDeelnemers", "buiten-bereik", "moet tussen 0 en 100000 liggen");
        }
        initiatieven = Invoer.lijst("initiatieven", initiatieven, 50).stream().distinct().toList();
        trajecten = Invoer.lijst("trajecten", trajecten, 50).stream().distinct().toList();
        verslag = Invoer.optioneel("verslag", verslag, 20_000);
    }
}
