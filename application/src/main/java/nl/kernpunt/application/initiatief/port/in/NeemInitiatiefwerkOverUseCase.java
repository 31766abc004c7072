package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.Kernoverdracht;

/**
 * At a kernambtenaar's handover the predecessor's open agreements in the kern go to the successor,
 * and each silent initiative becomes an agreement for the successor to make contact; every change
 * with its audit line. Part of the handover's transaction; the kern's service has checked the user's
 * role and gemeente.
 */
public interface NeemInitiatiefwerkOverUseCase {

    void neemOver(Kernoverdracht overdracht, Gebruiker door);
}
