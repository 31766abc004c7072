package nl.kernpunt.bootstrap.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Buren's demo data loaded at start, as in the packaged application's demo mode. */
public class MetDemogegevens implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kernpunt.demo-data.enabled", "true");
    }
}
