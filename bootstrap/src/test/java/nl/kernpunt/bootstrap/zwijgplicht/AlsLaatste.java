package nl.kernpunt.bootstrap.zwijgplicht;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Quarkus runs the test classes of one profile together, the groups in the order of their first
 * class's name. A class of its own profile in this package (after {@code zaaksysteem}) therefore
 * runs last and sees the log of the rest of the run.
 */
public class AlsLaatste implements QuarkusTestProfile {
}
