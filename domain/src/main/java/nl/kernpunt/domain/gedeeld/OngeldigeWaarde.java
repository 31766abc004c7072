package nl.kernpunt.domain.gedeeld;

/** A single value breaks a rule of its type; {@code veld} names it as the client sent it. */
public final class OngeldigeWaarde extends DomeinFout {

    private final String veld;

    public OngeldigeWaarde(String veld, String code, String reden) {
        super(code, reden);
        this.veld = veld;
    }

    public String veld() {
        return veld;
    }

    public String reden() {
        return getMessage();
    }
}
