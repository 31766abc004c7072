package nl.kernpunt.domain.kernagenda;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * West Betuwe's way of working per kern [002]: a kerncanvas (facts about the kern, gathered first)
 * and the kernagenda (themes agreed with residents, built on it). One aggregate per kern, keyed by
 * the kern but apart from the Kern aggregate, so writing the agenda never conflicts with editing
 * the kern itself. A kern "has a kernagenda" once at least one theme is agreed.
 */
public final class Kernagenda {

    private final KernId kern;
    private final Gemeentecode gemeente;
    private List<Thema> themas;
    private List<Feit> canvas;
    private Instant gewijzigdOp;
    private final long versie;

    private Kernagenda(KernId kern, Gemeentecode gemeente, List<Thema> themas, List<Feit> canvas, Instant gewijzigdOp,
                       long versie) {
        this.kern = Objects.requireNonNull(kern, "kern");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.themas = List.copyOf(themas);
        this.canvas = List.copyOf(canvas);
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** The empty agenda and canvas every kern starts with. */
    public static Kernagenda leeg(KernId kern, Gemeentecode gemeente, Clock klok) {
        return new Kernagenda(kern, gemeente, List.of(), List.of(), klok.instant(), 0);
    }

    public static Kernagenda reconstitute(KernId kern, Gemeentecode gemeente, List<Thema> themas, List<Feit> canvas,
                                          Instant gewijzigdOp, long versie) {
        return new Kernagenda(kern, gemeente, themas, canvas, gewijzigdOp, versie);
    }

    /** Replaces the themes; a title appears once (case-insensitive). */
    public void stelThemasVast(List<Thema> nieuw, Clock klok) {
        themas = uniek("themas", nieuw, 100, Thema::titel);
        gewijzigdOp = klok.instant();
    }

    /** Replaces the canvas; a key appears once (case-insensitive). */
    public void stelCanvasVast(List<Feit> nieuw, Clock klok) {
        canvas = uniek("feiten", nieuw, 200, Feit::sleutel);
        gewijzigdOp = klok.instant();
    }

    public boolean heeftAgenda() {
        return !themas.isEmpty();
    }

    /** As {@link Invoer#lijst}, and no key twice. */
    private static <T> List<T> uniek(String veld, List<T> waarden, int max, Function<T, String> sleutel) {
        List<T> lijst = Invoer.lijst(veld, waarden, max);
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            T waarde = lijst.get(i);
            if (!gezien.add(sleutel.apply(waarde).toLowerCase(Locale.ROOT))) {
                throw new OngeldigeWaarde(veld + "[" + i + "]", "dubbel", sleutel.apply(waarde) + " komt al eerder voor");
            }
        }
        return lijst;
    }

    public KernId getKern() {
        return kern;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public List<Thema> getThemas() {
        return themas;
    }

    public List<Feit> getCanvas() {
        return canvas;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    public long getVersie() {
        return versie;
    }
}
