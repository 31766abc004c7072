package nl.kernpunt.domain.gedeeld;

import java.util.Optional;

/** The request is well-formed but the aggregate's current state does not allow it. */
public final class RegelGeschonden extends DomeinFout {

    private final String veld;

    public RegelGeschonden(String code, String melding) {
        this(code, melding, null);
    }

    /** A refusal that one field of the request caused, so the client can point at it. */
    public RegelGeschonden(String code, String melding, String veld) {
        super(code, melding);
        this.veld = veld;
    }

    public Optional<String> veld() {
        return Optional.ofNullable(veld);
    }
}
