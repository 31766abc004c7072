package nl.kernpunt.bootstrap.bedrijfsvoering;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Ready only on a migrated schema: a database another (older) instance has not yet brought up to this
 * version would fail requests. Reachability itself is Quarkus' own datasource check.
 */
@Readiness
@ApplicationScoped
public class SchemaGereedheid implements HealthCheck {

    private final Flyway flyway;

    public SchemaGereedheid(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            var info = flyway.info();
            MigrationInfo huidig = info.current();
            int openstaand = info.pending().length;
            return HealthCheckResponse.named("Database schema migrated")
                    .status(openstaand == 0)
                    .withData("versie", huidig == null ? "none" : huidig.getVersion().getVersion())
                    .withData("openstaandeMigraties", openstaand)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Database schema migrated").down()
                    .withData("fout", e.getClass().getSimpleName()).build();
        }
    }
}
