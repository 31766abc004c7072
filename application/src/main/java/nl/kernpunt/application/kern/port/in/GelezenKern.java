package nl.kernpunt.application.kern.port.in;

import java.util.Optional;
import java.util.function.Function;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.OpenbareKern;

/**
 * A kern as its reader may see it (docs/adr/0003, 0013): the public facts for anyone, the whole kern
 * only for staff of its own gemeente, the kernambtenaar's contact details for others as far as the
 * gemeente publishes them (docs/adr/0018). {@code versie} is the kern's version, so every reader gets an ETag.
 */
public record GelezenKern(OpenbareKern openbaar, Optional<Kern> volledig, long versie) {

    /**
     * What {@code lezer} (absent: an anonymous reader) may see of {@code kern}; {@code instellingen}
     * gives the settings of a gemeente, asked only for a reader from outside it.
     */
    public static GelezenKern voor(Kern kern, Optional<Gebruiker> lezer,
                                   Function<Gemeentecode, GemeenteInstellingen> instellingen) {
        return lezer.filter(gebruiker -> gebruiker.hoortBij(kern.getGemeente())).isPresent()
                ? volledig(kern)
                : new GelezenKern(kern.openbaar().volgens(instellingen.apply(kern.getGemeente())), Optional.empty(),
                        kern.getVersie());
    }

    /** The whole kern: for a writer, who has been checked to be staff of its gemeente. */
    public static GelezenKern volledig(Kern kern) {
        return new GelezenKern(kern.openbaar(), Optional.of(kern), kern.getVersie());
    }
}
