package nl.kernpunt.bootstrap.start;

/** A setting that makes starting pointless or unsafe; KernpuntMain prints the message and exits. */
public final class Startfout extends RuntimeException {

    public Startfout(String melding) {
        super(melding);
    }

    public Startfout(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }
}
