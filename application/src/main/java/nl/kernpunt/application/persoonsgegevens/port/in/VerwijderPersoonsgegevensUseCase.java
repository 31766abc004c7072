package nl.kernpunt.application.persoonsgegevens.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.application.gedeeld.verwerking.Verzameling;
import nl.kernpunt.application.persoonsgegevens.Persoonskenmerken;
import nl.kernpunt.domain.gedeeld.Invoer;

/**
 * AVG art. 17 for the beheerder of the gemeente: the person is erased at once from every record
 * of the gemeente that names them; a second request finds nothing more to erase.
 */
public interface VerwijderPersoonsgegevensUseCase {

    Verwijdering verwijder(Command command);

    /** {@code reden}: why the gemeente erases (the request and its legal ground), kept in the audit trail. */
    record Command(Gebruiker gebruiker, Persoonskenmerken persoon, String reden) {

        public Command {
            reden = Invoer.verplicht("reden", reden, 500);
        }
    }

    /**
     * The records that no longer name the person, each with the persons as they were erased: only
     * the processing log reads those, as pseudonyms.
     */
    record Verwijdering(List<Persoonsgegevens> verwijderd) implements Verzameling {

        public Verwijdering {
            verwijderd = List.copyOf(verwijderd);
        }

        @Override
        public List<Persoonsgegevens> persoonsgegevens() {
            return verwijderd;
        }

        public long aantal(String objectsoort) {
            return verwijderd.stream().filter(r -> r.objectsoort().equals(objectsoort)).count();
        }
    }
}
