package nl.kernpunt.bootstrap.start;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the service runs (docs/adr/0015). {@code demo}: embedded PostgreSQL, the development key, demo
 * data, localhost only. {@code productie}: the operator's database and identity provider, nothing
 * generated, nothing assumed. {@code kernpunt.modus} chooses; without it a configured database
 * means production, because whoever points the service at a real database means real use.
 */
public enum Modus {
    DEMO,
    PRODUCTIE;

    public static final String INSTELLING = "kernpunt.modus";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    public static Modus bepaal(Function<String, Optional<String>> instellingen) {
        Optional<String> gekozen = instellingen.apply(INSTELLING);
        if (gekozen.isEmpty()) {
            return instellingen.apply(JDBC_URL).isPresent() ? PRODUCTIE : DEMO;
        }
        return switch (gekozen.get().trim().toLowerCase(Locale.ROOT)) {
            case "demo" -> DEMO;
            case "productie" -> PRODUCTIE;
            default -> throw new Startfout(Startinstelling.omgevingsvariabele(INSTELLING)
                    + " must be demo or productie, not '" + gekozen.get() + "'");
        };
    }
}
