package nl.kernpunt.domain.kernagenda;

import java.util.List;
import nl.kernpunt.domain.gedeeld.Invoer;

/** A theme agreed with residents: what, how urgent, who owns it (a person or an organisation), where it stands. */
public record Thema(String titel, String toelichting, Prioriteit prioriteit, String eigenaar, Themastatus status,
                    List<Koppeling> koppelingen) {

    public Thema {
        titel = Invoer.verplicht("titel", titel, 200);
        toelichting = Invoer.optioneel("toelichting", toelichting, 4000);
        Invoer.nietNull("prioriteit", prioriteit);
        eigenaar = Invoer.verplicht("eigenaar", eigenaar, 200);
        Invoer.nietNull("status", status);
        koppelingen = Invoer.lijst("koppelingen", koppelingen, 50).stream().distinct().toList();
    }
}
