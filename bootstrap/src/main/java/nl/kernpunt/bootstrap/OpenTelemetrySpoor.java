package nl.kernpunt.bootstrap;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.verwerking.Spoor;

/** The current request's trace id from OpenTelemetry; empty while tracing is off. */
@ApplicationScoped
public class OpenTelemetrySpoor implements Spoor {

    @Override
    public Optional<String> traceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
    }
}
