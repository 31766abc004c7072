package nl.kernpunt.application.zaaksysteem.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.zaaksysteem.Synchronisatiestand;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;

/** What a beheerder sees of the own gemeente's sync with the case system. */
public interface ZaaksysteemQuery {

    Synchronisatiestand stand(Gebruiker gebruiker);

    List<GeparkeerdeOpdracht> geparkeerd(Gebruiker gebruiker);

    List<Zaakconflict> conflicten(Gebruiker gebruiker);
}
