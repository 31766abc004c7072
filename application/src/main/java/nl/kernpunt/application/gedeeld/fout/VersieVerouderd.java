package nl.kernpunt.application.gedeeld.fout;

/** The client changed a version it read earlier, but someone else changed it since. */
public final class VersieVerouderd extends ToepassingsFout {

    /** {@code If-Match: *}: the client accepts whatever version is current (RFC 9110 §13.1.1). */
    public static final long ELKE_VERSIE = -1;

    public VersieVerouderd(String soort, Object id) {
        super("versie-verouderd", soort + " " + id + " is gewijzigd sinds u hem las; lees hem opnieuw");
    }

    /** The one If-Match check of the use cases: the version the client read against the one just loaded. */
    public static void controleer(String soort, Object id, long verwachteVersie, long huidigeVersie) {
        if (verwachteVersie != ELKE_VERSIE && huidigeVersie != verwachteVersie) {
            throw new VersieVerouderd(soort, id);
        }
    }
}
