package nl.kernpunt.domain.gemeente;

import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/** The CBS municipality code (four digits, e.g. Buren 0214): the tenant key of every record. */
public record Gemeentecode(String waarde) {

    private static final Pattern VIER_CIJFERS = Pattern.compile("\\d{4}");

    public Gemeentecode {
        if (waarde == null || !VIER_CIJFERS.matcher(waarde).matches()) {
            throw new OngeldigeWaarde("gemeente", "ongeldige-gemeentecode", "moet uit vier cijfers bestaan");
        }
    }

    @Override
    public String toString() {
        return waarde;
    }
}
