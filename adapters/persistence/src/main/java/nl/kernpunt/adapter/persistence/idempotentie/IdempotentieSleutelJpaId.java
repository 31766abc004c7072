package nl.kernpunt.adapter.persistence.idempotentie;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The key of {@code idempotentie_sleutel}: the client's Idempotency-Key within its scope. */
@Embeddable
record IdempotentieSleutelJpaId(String bereik, String sleutel) implements Serializable {
}
