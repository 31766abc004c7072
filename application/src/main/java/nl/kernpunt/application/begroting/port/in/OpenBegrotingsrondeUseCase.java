package nl.kernpunt.application.begroting.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.begroting.Stemwijze;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Bedrag;

public interface OpenBegrotingsrondeUseCase {

    /** Opens a round on a kern's leefbaarheidsbudget of a year (beheerder, kernambtenaar). */
    GelezenRonde open(Command command);

    record Command(Gebruiker gebruiker, KernId kern, Integer jaar, Bedrag bedrag, Periode ideeenperiode,
                   Periode stemperiode, Stemwijze stemwijze) {
    }
}
