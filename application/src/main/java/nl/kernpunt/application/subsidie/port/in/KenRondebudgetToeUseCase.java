package nl.kernpunt.application.subsidie.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Bedrag;

/**
 * Grants a budget round's winning idea, now an initiative, its cost from the kern's
 * leefbaarheidsbudget of {@code jaar}: an application granted at once, reserved in the pot under the
 * same conditional update as any grant (409 {@code plafond-overschreden}, nothing kept), in the
 * caller's transaction (docs/adr/0022).
 */
public interface KenRondebudgetToeUseCase {

    AanvraagId kenRondebudgetToe(Command command);

    /** @param motivering why, for the ledger: the round and its votes */
    record Command(Gebruiker gebruiker, InitiatiefId initiatief, int jaar, String omschrijving, Bedrag bedrag,
                   String motivering) {
    }
}
