package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.Kern;

/**
 * An idea a resident submitted through the public front door, registered as an initiative in the
 * kern's gemeente. Only the front door calls this, after its own guards (app key, request limit).
 */
public interface OntvangIdeeVanInwonerUseCase {

    GelezenInitiatief ontvangVanInwoner(Kern kern, String titel, String omschrijving, Contactpersoon inwoner);
}
