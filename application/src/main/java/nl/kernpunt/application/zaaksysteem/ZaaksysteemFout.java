package nl.kernpunt.application.zaaksysteem;

/**
 * The case system did not do what was asked. {@code tijdelijk}: unreachable, timed out, 5xx: try
 * again later. Otherwise the request itself was refused (4xx, configuration missing): retrying the
 * same request cannot help, so the row is parked for a person at once.
 */
public class ZaaksysteemFout extends RuntimeException {

    private final boolean tijdelijk;

    public ZaaksysteemFout(String melding, boolean tijdelijk, Throwable oorzaak) {
        super(melding, oorzaak);
        this.tijdelijk = tijdelijk;
    }

    public static ZaaksysteemFout tijdelijk(String melding, Throwable oorzaak) {
        return new ZaaksysteemFout(melding, true, oorzaak);
    }

    public static ZaaksysteemFout blijvend(String melding) {
        return new ZaaksysteemFout(melding, false, null);
    }

    public boolean isTijdelijk() {
        return tijdelijk;
    }
}
