package nl.kernpunt.application.zaaksysteem;

import nl.kernpunt.domain.vraag.Statusovergang;
import nl.kernpunt.domain.vraag.Vraag;

/**
 * How a resident's question appears in the case system: its zaak, the registration with its first
 * status (the history's, so a status coming back from the case system is recognised) and the asker
 * as initiator, and a status per transition. Hervatten is a status too: the one the question
 * returns to, at the moment it resumed.
 */
public final class Vraagzaak {

    private Vraagzaak() {
    }

    public static Zaakidentificatie van(Vraag vraag) {
        return Zaakidentificatie.van(Zaaksoort.VRAAG, vraag.getId().waarde());
    }

    public static Zaakopdracht registratie(Vraag vraag) {
        Statusovergang eerste = vraag.eersteOvergang();
        return Zaakopdracht.registreer(vraag.getGemeente(), van(vraag), eerste.naar().extern(), eerste.op(),
                vraag.getOnderwerp(), vraag.getTekst(), vraag.getVrager().naam());
    }

    public static Zaakopdracht status(Vraag vraag, Statusovergang overgang) {
        return Zaakopdracht.status(vraag.getGemeente(), van(vraag), overgang.naar().extern(), overgang.op(),
                overgang.toelichting());
    }
}
