package nl.kernpunt.application.initiatief;

import java.util.List;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;

/** An overdue agreement with the initiative it belongs to; it names the person responsible. */
public record VerlopenAfspraak(Gemeentecode gemeente, InitiatiefId initiatief, String titel, KernId kern,
                               Afspraak afspraak) implements Initiatiefverwerking {

    @Override
    public InitiatiefId initiatiefId() {
        return initiatief;
    }

    @Override
    public List<Contactpersoon> betrokkenen() {
        return List.of(afspraak.verantwoordelijkePersoon());
    }
}
