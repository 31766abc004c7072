package nl.kernpunt.adapter.rest.fout;

import java.util.stream.Stream;

/** A failure and its causes, outermost first; bounded, as a cause chain may loop. */
final class Oorzaken {

    private static final int MAX_DIEPTE = 10;

    private Oorzaken() {
    }

    static Stream<Throwable> van(Throwable fout) {
        return Stream.iterate(fout, oorzaak -> oorzaak != null, Throwable::getCause).limit(MAX_DIEPTE);
    }
}
