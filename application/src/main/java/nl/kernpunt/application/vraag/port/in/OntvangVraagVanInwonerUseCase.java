package nl.kernpunt.application.vraag.port.in;

import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.Kern;

/**
 * A question a resident submitted through the public front door: received now, in the kern's own
 * gemeente, with that gemeente's term. Only the front door calls this, after its own guards (app
 * key, request limit); it knows no user.
 */
public interface OntvangVraagVanInwonerUseCase {

    GelezenVraag ontvangVanInwoner(Kern kern, String onderwerp, String tekst, Contactpersoon vrager);
}
