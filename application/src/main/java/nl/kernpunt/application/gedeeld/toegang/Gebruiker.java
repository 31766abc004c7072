package nl.kernpunt.application.gedeeld.toegang;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * An authenticated member of staff of exactly one gemeente. Staff means at least one of our roles:
 * a caller without one never becomes a Gebruiker (the REST layer refuses or treats them as the
 * public), so no use case has to check for "any staff role" itself (docs/adr/0014).
 */
public record Gebruiker(String id, String naam, Gemeentecode gemeente, Set<Gebruikersrol> rollen) {

    public Gebruiker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(gemeente, "gemeente");
        rollen = Set.copyOf(rollen);
        if (rollen.isEmpty()) {
            throw new IllegalArgumentException("een gebruiker heeft ten minste een rol");
        }
    }

    public boolean hoortBij(Gemeentecode andere) {
        return gemeente.equals(andere);
    }

    /** Throws unless the user has at least one of the given roles. */
    public void vereistEenVan(Gebruikersrol... toegestaan) {
        if (Arrays.stream(toegestaan).noneMatch(rollen::contains)) {
            String namen = Arrays.stream(toegestaan).map(r -> r.name().toLowerCase()).collect(Collectors.joining(" of "));
            throw new GeenToegang("rol-ontbreekt", "hiervoor is de rol " + namen + " nodig");
        }
    }
}
