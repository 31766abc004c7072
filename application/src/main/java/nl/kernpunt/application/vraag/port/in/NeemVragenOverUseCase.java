package nl.kernpunt.application.vraag.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.Kernoverdracht;

/**
 * At a kernambtenaar's handover the kern's open questions go to the successor, each with an audit
 * line saying from whom to whom. Part of the handover's transaction; the kern's service has checked
 * the user's role and gemeente.
 */
public interface NeemVragenOverUseCase {

    void neemOver(Kernoverdracht overdracht, Gebruiker door);
}
