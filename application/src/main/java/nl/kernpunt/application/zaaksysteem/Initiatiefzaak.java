package nl.kernpunt.application.zaaksysteem;

import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.Statusovergang;

/**
 * How an initiative appears in the case system: its zaak, the registration with its first status
 * and the first initiator as initiator, and a status per transition. The initiatief feature places
 * these on every change; the reconciliation places them again when Join lost them.
 */
public final class Initiatiefzaak {

    private Initiatiefzaak() {
    }

    public static Zaakidentificatie van(Initiatief initiatief) {
        return Zaakidentificatie.van(Zaaksoort.INITIATIEF, initiatief.getId().waarde());
    }

    public static Zaakopdracht registratie(Initiatief initiatief) {
        Statusovergang eerste = initiatief.eersteOvergang();
        return Zaakopdracht.registreer(initiatief.getGemeente(), van(initiatief), eerste.naar().extern(), eerste.op(),
                initiatief.getGegevens().titel(), initiatief.getGegevens().omschrijving(),
                initiatief.getGegevens().eersteInitiatiefnemer().naam());
    }

    public static Zaakopdracht status(Initiatief initiatief, Statusovergang overgang) {
        return Zaakopdracht.status(initiatief.getGemeente(), van(initiatief), overgang.naar().extern(), overgang.op(),
                overgang.reden());
    }
}
