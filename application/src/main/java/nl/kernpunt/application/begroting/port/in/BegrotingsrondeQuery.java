package nl.kernpunt.application.begroting.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;

public interface BegrotingsrondeQuery {

    /** Anyone: a round, its ideas and, once closed, the result. */
    GelezenRonde openbaar(BegrotingsrondeId ronde);

    /** Staff of the round's gemeente; another gemeente's round is not found. */
    GelezenRonde lees(BegrotingsrondeId ronde, Gebruiker lezer);
}
