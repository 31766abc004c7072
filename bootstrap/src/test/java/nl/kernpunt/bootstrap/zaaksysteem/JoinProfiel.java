package nl.kernpunt.bootstrap.zaaksysteem;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The application with a (fake) Join configured for one gemeente; the scheduler stays off. */
public class JoinProfiel implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(NepJoinResource.class));
    }
}
