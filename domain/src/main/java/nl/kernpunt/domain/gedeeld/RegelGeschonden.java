package nl.kernpunt.domain.gedeeld;

/** The request is well-formed but the aggregate's current state does not allow it. */
public final class RegelGeschonden extends DomeinFout {

    public RegelGeschonden(String code, String melding) {
        super(code, melding);
    }
}
