package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;

/**
 * A budget round's winning idea becomes an initiative of its kern's residents (docs/adr/0022). The
 * idea is anonymous, so the initiators are named as a group, never a person; it runs in the caller's
 * transaction, so a closing that fails later registers nothing.
 */
public interface NeemBegrotingsideeOverUseCase {

    InitiatiefId neemOver(Command command);

    record Command(Gebruiker gebruiker, KernId kern, String titel, String omschrijving) {
    }
}
