package nl.kernpunt.application.gedeeld.verwerking;

import java.util.Optional;

/** The trace id of the current request, when tracing is on. */
public interface Spoor {

    Optional<String> traceId();
}
