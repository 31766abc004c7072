package nl.kernpunt.adapter.rest.fout;

import java.io.IOException;

/**
 * Recognises a request whose body stopped arriving: the client closed the connection while the
 * service still read it (a load generator stopping, a phone losing its signal). That is not our
 * failure, so it is no 500 and no ERROR with a stack trace; nobody is left to read the answer.
 */
final class AfgebrokenVerzoek {

    /** RESTEasy Reactive's blocking reader of the request body on Vert.x. */
    private static final String LEZER_VAN_DE_INHOUD = "org.jboss.resteasy.reactive.server.vertx.VertxInputStream";

    private AfgebrokenVerzoek() {
    }

    static boolean herken(Throwable fout) {
        return Oorzaken.van(fout).anyMatch(oorzaak -> oorzaak.getClass() == IOException.class
                && oorzaak.getStackTrace().length > 0
                && oorzaak.getStackTrace()[0].getClassName().startsWith(LEZER_VAN_DE_INHOUD));
    }
}
