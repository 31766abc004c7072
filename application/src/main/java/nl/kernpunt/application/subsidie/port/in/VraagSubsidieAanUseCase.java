package nl.kernpunt.application.subsidie.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;

public interface VraagSubsidieAanUseCase {

    /** Records an application for an open initiative of the user's gemeente. */
    GelezenSubsidieaanvraag vraagAan(Command command);

    /**
     * {@code jaar} is the budget year; null means the current one. {@code ontvanger} names the
     * organisation of the kern's register an allowance per organisation is for; null for other schemes.
     */
    record Command(Gebruiker gebruiker, InitiatiefId initiatief, Regelingcode regeling, Integer jaar,
                   String ontvanger, String omschrijving, List<Begrotingsregel> begroting,
                   Straatbijeenkomst bijeenkomst) {

        public Command(Gebruiker gebruiker, InitiatiefId initiatief, Regelingcode regeling, Integer jaar,
                       String omschrijving, List<Begrotingsregel> begroting, Straatbijeenkomst bijeenkomst) {
            this(gebruiker, initiatief, regeling, jaar, null, omschrijving, begroting, bijeenkomst);
        }
    }
}
