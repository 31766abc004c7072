package nl.kernpunt.application.gedeeld.fout;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The input names an item the user's gemeente does not have: missing and another gemeente's read
 * alike, as the client's input error. The reason follows the field's name in the problem's detail,
 * so it does not name the kind of item again.
 */
public final class OnbekendeVerwijzing {

    private OnbekendeVerwijzing() {
    }

    public static OngeldigeWaarde van(String veld, String soort, Object id, Gemeentecode gemeente) {
        return new OngeldigeWaarde(veld, soort + "-onbekend", id + " bestaat niet in gemeente " + gemeente);
    }
}
