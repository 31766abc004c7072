package nl.kernpunt.application.initiatief.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;

/**
 * An initiative as its own gemeente's staff see it, with what is derived at read time: whether it
 * is silent by the gemeente's threshold, and the kern's current kernambtenaar (read from the kern,
 * not copied, so a handover shows at once). {@code vandaag} is the gemeente's date at reading,
 * against which an agreement is overdue.
 */
public record GelezenInitiatief(Initiatief initiatief, boolean stil, Optional<Contactpersoon> kernambtenaar,
                                LocalDate vandaag) implements Persoonsgegevens {

    @Override
    public Gemeentecode gemeente() {
        return initiatief.getGemeente();
    }

    @Override
    public String verwerkingsactiviteit() {
        return "initiatieven";
    }

    @Override
    public String objectsoort() {
        return "initiatief";
    }

    @Override
    public UUID object() {
        return initiatief.getId().waarde();
    }

    /** The initiators, and whoever an agreement names as responsible (by name only). */
    @Override
    public List<Contactpersoon> betrokkenen() {
        return Stream.concat(initiatief.getGegevens().betrokkenen().stream(),
                initiatief.getAfspraken().stream().map(a -> new Contactpersoon(a.verantwoordelijke(), null, null)))
                .toList();
    }
}
