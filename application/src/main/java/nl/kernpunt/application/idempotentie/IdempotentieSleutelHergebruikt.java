package nl.kernpunt.application.idempotentie;

import nl.kernpunt.application.fout.ToepassingsFout;

public final class IdempotentieSleutelHergebruikt extends ToepassingsFout {

    public IdempotentieSleutelHergebruikt() {
        super("idempotency-key-hergebruikt", "deze Idempotency-Key is al gebruikt voor een verzoek met een andere inhoud");
    }
}
