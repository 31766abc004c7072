package nl.kernpunt.application.zaaksysteem.port.in;

import nl.kernpunt.application.zaaksysteem.Notificatie;
import nl.kernpunt.domain.gemeente.Gemeentecode;

public interface OntvangNotificatieUseCase {

    /**
     * Stores a notification from the gemeente's case system for processing after the answer; a
     * duplicate is ignored. Throws {@code GeenToegang} when the token is not the gemeente's.
     */
    void ontvang(Command command);

    record Command(Gemeentecode gemeente, String token, Notificatie notificatie) {
    }
}
