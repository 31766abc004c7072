package nl.kernpunt.application.gemeente;

import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A token may name a gemeente that never registered itself; anything that stores data of a
 * gemeente asks here first, so every feature refuses it with the same code.
 */
public final class GeregistreerdeGemeente {

    private GeregistreerdeGemeente() {
    }

    public static Gemeente vereis(GemeenteRepository gemeenten, Gemeentecode code) {
        return gemeenten.vind(code).orElseThrow(() -> new RegelGeschonden("gemeente-niet-geregistreerd",
                "gemeente " + code + " is nog niet geregistreerd"));
    }
}
