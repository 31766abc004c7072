package nl.kernpunt.domain.kern;

import java.time.Instant;
import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Invoer;

/** One person holding a {@link Functie} from {@code van} until {@code tot} (open while current). */
public record Functievervulling(Functie functie, Contactpersoon persoon, Instant van, Instant tot,
                                String overgedragenDoor, String notitie) {

    public Functievervulling {
        Objects.requireNonNull(functie, "functie");
        Objects.requireNonNull(persoon, "persoon");
        Objects.requireNonNull(van, "van");
        notitie = Invoer.optioneel("notitie", notitie, 2000);
    }

    public boolean isHuidig() {
        return tot == null;
    }

    Functievervulling beeindigd(Instant moment) {
        return new Functievervulling(functie, persoon, van, moment, overgedragenDoor, notitie);
    }
}
