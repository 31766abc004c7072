package nl.kernpunt.domain.subsidie;

import java.util.Optional;
import nl.kernpunt.domain.kern.Dorpsbelangenorganisatie;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.domain.kern.Kern;

/**
 * Who a per-recipient yearly allowance is for [000 §3.2.2; 004 D4]: an organisation, group or
 * function, never a person. A kern's dorpsbelangenorganisatie and signaleringsgroep are found in its
 * register and draw on the kern's pot of the scheme; the volunteer coordinator is the gemeente's one
 * function and draws on the scheme's one pot.
 */
public enum Ontvangersoort {
    DORPSBELANGENORGANISATIE,
    SIGNALERINGSGROEP,
    VRIJWILLIGERSCOORDINATOR;

    /** Whether each kern has its own recipient (and pot), rather than the gemeente one. */
    public boolean perKern() {
        return this != VRIJWILLIGERSCOORDINATOR;
    }

    /**
     * Whether each recipient is a named organisation of the kern's register, with a pot of its own:
     * a kern may have several dorpsbelangenorganisaties (Beusichem and Lingemeer, 000 §3.2.2).
     */
    public boolean perOrganisatie() {
        return this == DORPSBELANGENORGANISATIE;
    }

    /** The organisation of the kern's register with this name (case-insensitive), as the register writes it. */
    public Optional<String> organisatie(Kern kern, String naam) {
        if (!perOrganisatie() || naam == null) {
            return Optional.empty();
        }
        String gezocht = naam.strip();
        return kern.getProfiel().dorpsbelangenorganisaties().stream()
                .map(Dorpsbelangenorganisatie::naam)
                .filter(n -> n.strip().equalsIgnoreCase(gezocht))
                .findFirst();
    }

    /** Whether the kern's register holds a recipient of this kind; the coordinator is the gemeente's, always there. */
    public boolean aanwezigIn(Kern kern) {
        return switch (this) {
            case DORPSBELANGENORGANISATIE -> !kern.getProfiel().dorpsbelangenorganisaties().isEmpty();
            case SIGNALERINGSGROEP -> kern.getProfiel().communicatiekanalen().stream()
                    .anyMatch(kanaal -> kanaal.type() == KanaalType.SIGNALERINGSGROEP);
            case VRIJWILLIGERSCOORDINATOR -> true;
        };
    }

    public String extern() {
        return name().toLowerCase();
    }
}
