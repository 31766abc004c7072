package nl.kernpunt.application.zaaksysteem;

/**
 * The case system did not do what was asked, of one of three kinds (see {@link Aard}). Only a
 * refusal parks a row at once; an unreachable case system never parks anything.
 */
public class ZaaksysteemFout extends RuntimeException {

    public enum Aard {
        /** No answer, or one that says "not now" (timeout, 408, 429, 502, 503, 504): Join is down, not the row. */
        ONBEREIKBAAR,
        /** Join answered but could not do it now (another 5xx, a zaak not there yet): retried, parked after a while. */
        TIJDELIJK,
        /** The request itself was refused (4xx, configuration missing): retrying the same request cannot help. */
        BLIJVEND
    }

    private final Aard aard;

    public ZaaksysteemFout(String melding, Aard aard, Throwable oorzaak) {
        super(melding, oorzaak);
        this.aard = aard;
    }

    public static ZaaksysteemFout onbereikbaar(String melding, Throwable oorzaak) {
        return new ZaaksysteemFout(melding, Aard.ONBEREIKBAAR, oorzaak);
    }

    public static ZaaksysteemFout tijdelijk(String melding, Throwable oorzaak) {
        return new ZaaksysteemFout(melding, Aard.TIJDELIJK, oorzaak);
    }

    public static ZaaksysteemFout blijvend(String melding) {
        return new ZaaksysteemFout(melding, Aard.BLIJVEND, null);
    }

    public Aard aard() {
        return aard;
    }

    /** Worth trying again later: Join was unreachable or could not do it now. */
    public boolean isTijdelijk() {
        return aard != Aard.BLIJVEND;
    }

    public boolean isOnbereikbaar() {
        return aard == Aard.ONBEREIKBAAR;
    }
}
