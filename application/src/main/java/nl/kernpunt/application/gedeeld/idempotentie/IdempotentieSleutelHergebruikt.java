package nl.kernpunt.application.gedeeld.idempotentie;

import nl.kernpunt.application.gedeeld.fout.ToepassingsFout;

public final class IdempotentieSleutelHergebruikt extends ToepassingsFout {

    public IdempotentieSleutelHergebruikt() {
        super("idempotency-key-hergebruikt", "deze Idempotency-Key is al gebruikt voor een verzoek met een andere inhoud");
    }
}
