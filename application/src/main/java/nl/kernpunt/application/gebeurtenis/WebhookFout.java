package nl.kernpunt.application.gebeurtenis;

/**
 * A delivery that did not succeed: the receiver answered other than 2xx, could not be reached, or
 * its address is no longer allowed. The message names status or error kind only, never a body.
 */
public class WebhookFout extends Exception {

    public WebhookFout(String melding) {
        super(melding);
    }
}
