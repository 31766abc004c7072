package nl.kernpunt.domain.gedeeld;

import java.util.List;

/** Checks shared by the value objects, so every one reports a broken rule the same way. */
public final class Invoer {

    private Invoer() {
    }

    /** A required text, trimmed, at most {@code max} characters. */
    public static String verplicht(String veld, String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            throw new OngeldigeWaarde(veld, "verplicht", "mag niet leeg zijn");
        }
        return begrensd(veld, waarde.strip(), max);
    }

    /** An optional text: blank becomes {@code null}; otherwise trimmed and bounded. */
    public static String optioneel(String veld, String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        return begrensd(veld, waarde.strip(), max);
    }

    public static <T> T nietNull(String veld, T waarde) {
        if (waarde == null) {
            throw new OngeldigeWaarde(veld, "verplicht", "ontbreekt");
        }
        return waarde;
    }

    /** An immutable copy of an optional list, at most {@code max} long. */
    public static <T> List<T> lijst(String veld, List<T> waarden, int max) {
        if (waarden == null) {
            return List.of();
        }
        if (waarden.size() > max) {
            throw new OngeldigeWaarde(veld, "te-veel", "mag hoogstens " + max + " elementen bevatten");
        }
        return List.copyOf(waarden);
    }

    private static String begrensd(String veld, String waarde, int max) {
        if (waarde.length() > max) {
            throw new OngeldigeWaarde(veld, "te-lang", "mag hoogstens " + max + " tekens bevatten");
        }
        return waarde;
    }
}
