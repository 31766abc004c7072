package nl.kernpunt.bootstrap.start;

/** OpenTelemetry exports traces only where the operator named a collector; otherwise its SDK stays off. */
public final class Sporen {

    private static final String UIT = "quarkus.otel.sdk.disabled";

    private Sporen() {
    }

    public static void uitTenzijEindpunt() {
        boolean eindpunt = Startinstelling.lees("quarkus.otel.exporter.otlp.endpoint").isPresent()
                || Startinstelling.lees("quarkus.otel.exporter.otlp.traces.endpoint").isPresent();
        if (!eindpunt && Startinstelling.lees(UIT).isEmpty()) {
            System.setProperty(UIT, "true");
        }
    }
}
