package nl.kernpunt.domain.traject;

import java.time.Instant;
import java.util.Objects;

/** A step's recorded outcome, with when and by whom it was recorded last. */
public record VastgelegdeStap<S>(S uitkomst, Instant vastgelegdOp, String vastgelegdDoor) {

    public VastgelegdeStap {
        Objects.requireNonNull(uitkomst, "uitkomst");
        Objects.requireNonNull(vastgelegdOp, "vastgelegdOp");
        Objects.requireNonNull(vastgelegdDoor, "vastgelegdDoor");
    }
}
