package nl.kernpunt.application.gebeurtenis.port.in;

/**
 * Gives the committed events that have no feed number yet their numbers (docs/adr/0036); driven after a
 * write's commit and by a short schedule, for the writes of other instances.
 */
public interface NummerGebeurtenissenUseCase {

    /** Numbers every gemeente's waiting events; answers how many. */
    int nummerAlle();
}
