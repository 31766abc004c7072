package nl.kernpunt.domain.initiatief;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;

/**
 * An agreement on what residents can expect (step 4, zorg voor duidelijkheid): what, kept by the
 * gemeente or the initiators, the person responsible, a due date and whether it was kept. Once
 * settled it stays as settled; one not kept needs a reason.
 */
public record Afspraak(UUID id, String wat, Partij door, String verantwoordelijke, LocalDate deadline,
                       AfspraakStatus status, String reden) {

    public Afspraak {
        Objects.requireNonNull(id, "id");
        wat = Invoer.verplicht("wat", wat, 500);
        Invoer.nietNull("door", door);
        verantwoordelijke = Invoer.verplicht("verantwoordelijke", verantwoordelijke, 100);
        Invoer.nietNull("deadline", deadline);
        Objects.requireNonNull(status, "status");
        reden = Invoer.optioneel("reden", reden, 2000);
        if (status == AfspraakStatus.NIET_NAGEKOMEN && reden == null) {
            throw new OngeldigeWaarde("reden", "verplicht", "zeg waarom de afspraak niet is nagekomen");
        }
    }

    public static Afspraak nieuw(String wat, Partij door, String verantwoordelijke, LocalDate deadline) {
        return new Afspraak(UUID.randomUUID(), wat, door, verantwoordelijke, deadline, AfspraakStatus.OPEN, null);
    }

    /** Settles an open agreement as kept or not kept. */
    public Afspraak afgehandeld(AfspraakStatus nieuweStatus, String nieuweReden) {
        Invoer.nietNull("status", nieuweStatus);
        if (status != AfspraakStatus.OPEN || nieuweStatus == AfspraakStatus.OPEN) {
            throw new RegelGeschonden("afspraak-ongeldige-overgang",
                    "een afspraak gaat alleen van open naar nagekomen of niet-nagekomen");
        }
        return new Afspraak(id, wat, door, verantwoordelijke, deadline, nieuweStatus, nieuweReden);
    }

    /** The person responsible, known by name only. */
    public Contactpersoon verantwoordelijkePersoon() {
        return new Contactpersoon(verantwoordelijke, null, null);
    }

    /** Still open after its due date. */
    public boolean isVerlopen(LocalDate vandaag) {
        return status == AfspraakStatus.OPEN && deadline.isBefore(vandaag);
    }
}
