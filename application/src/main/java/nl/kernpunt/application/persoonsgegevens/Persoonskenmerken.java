package nl.kernpunt.application.persoonsgegevens;

import java.util.Locale;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * What an access request knows of a person, normalised the way the records are compared: e-mail
 * and name without case and surrounding space (a name's inner spaces collapsed), a phone number as
 * its digits and plus sign. A person matches when any given trait matches. Empty means not given.
 */
public record Persoonskenmerken(String email, String telefoon, String naam) {

    public Persoonskenmerken {
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        telefoon = telefoon == null ? "" : telefoon.replaceAll("[^0-9+]", "");
        naam = naam == null ? "" : naam.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (email.isEmpty() && telefoon.isEmpty() && naam.isEmpty()) {
            throw new OngeldigeWaarde("email", "persoon-onbekend",
                    "noem ten minste een e-mailadres, telefoonnummer of naam");
        }
    }

    public boolean past(Contactpersoon persoon) {
        return !email.isEmpty() && persoon.email() != null && email.equals(new Persoonskenmerken(persoon.email(), null, null).email())
                || !telefoon.isEmpty() && persoon.telefoon() != null
                && telefoon.equals(new Persoonskenmerken(null, persoon.telefoon(), null).telefoon())
                || !naam.isEmpty() && naam.equals(new Persoonskenmerken(null, null, persoon.naam()).naam());
    }
}
