package nl.kernpunt.application.voordeur.port.in;

import java.time.Instant;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;

/**
 * The residents' front door: a question or an idea from a municipal app, without an account. The
 * guards of the public intake live here and nowhere else: the request limit per client, the
 * gemeente's app key, then the content rules of the item itself.
 */
public interface DienInUseCase {

    Ontvangstbewijs dienVraagIn(Inzending inzending);

    Ontvangstbewijs dienIdeeIn(Inzending inzending);

    /**
     * Who sends: the client's address and the app key the request carried (null without one).
     * Neither is ever stored as such: the address only as a hash in the request counter.
     */
    record Afzender(String adres, String appSleutel) {
    }

    /** {@code thema}, {@code naam}, {@code email} and {@code telefoon} are the resident's to give or not. */
    record Inzending(Afzender afzender, KernId kern, String tekst, String thema, String naam, String email,
                     String telefoon) {
    }

    /**
     * What the resident gets back: the reference to follow the item by, and by when the gemeente
     * reacts ({@code deadline}, from a term of {@code termijnDagen} {@code termijnSoort}).
     */
    record Ontvangstbewijs(PubliekeReferentie referentie, Instant ontvangenOp, int termijnDagen, String termijnSoort,
                           Instant deadline) {
    }
}
