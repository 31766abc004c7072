package nl.kernpunt.application.gedeeld.idempotentie;

import nl.kernpunt.application.gedeeld.fout.ToepassingsFout;

public final class IdempotentieInBehandeling extends ToepassingsFout {

    public IdempotentieInBehandeling() {
        super("idempotency-key-in-behandeling", "een verzoek met deze Idempotency-Key is nog in behandeling; probeer het zo opnieuw");
    }
}
