package nl.kernpunt.application.initiatief.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.initiatief.Initiatiefverwerking;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;

/**
 * An initiative as its own gemeente's staff see it, with what is derived at read time: whether it
 * is silent by the gemeente's threshold, and the kern's current kernambtenaar (read from the kern,
 * not copied, so a handover shows at once). {@code vandaag} is the gemeente's date at reading,
 * against which an agreement is overdue.
 */
public record GelezenInitiatief(Initiatief initiatief, boolean stil, Optional<Contactpersoon> kernambtenaar,
                                LocalDate vandaag) implements Initiatiefverwerking {

    @Override
    public Gemeentecode gemeente() {
        return initiatief.getGemeente();
    }

    @Override
    public InitiatiefId initiatiefId() {
        return initiatief.getId();
    }

    @Override
    public List<Contactpersoon> betrokkenen() {
        return initiatief.personen();
    }
}
