package nl.kernpunt.application.begroting.port.in;

import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.subsidie.Bedrag;

public interface DienBegrotingsideeInUseCase {

    /** A resident's idea, anonymous: no account, no personal data. */
    Begrotingsidee dienIn(Command command);

    record Command(BegrotingsrondeId ronde, String titel, String omschrijving, Bedrag kosten) {
    }
}
