package nl.kernpunt.domain.gedeeld;

import java.util.regex.Pattern;

/**
 * A person with the details to reach them: a kernambtenaar or behandelaar by work contact, an
 * initiator or a resident who asks by the details they gave (personal data, for the own gemeente's
 * staff only).
 */
public record Contactpersoon(String naam, String email, String telefoon) {

    /** What is left of a person whose data was erased (AVG art. 17): one person still, no one in particular. */
    public static final Contactpersoon VERWIJDERD = new Contactpersoon("[verwijderd]", null, null);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TELEFOON = Pattern.compile("\\+?[0-9 ()-]{6,20}");

    public Contactpersoon {
        naam = Invoer.verplicht("naam", naam, 100);
        email = Invoer.optioneel("email", email, 254);
        telefoon = Invoer.optioneel("telefoon", telefoon, 20);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new OngeldigeWaarde("email", "ongeldig-email", "is geen e-mailadres");
        }
        if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) {
            throw new OngeldigeWaarde("telefoon", "ongeldig-telefoonnummer", "is geen telefoonnummer");
        }
    }
}
