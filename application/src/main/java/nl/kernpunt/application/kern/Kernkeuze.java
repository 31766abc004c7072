package nl.kernpunt.application.kern;

import java.util.Collection;
import java.util.List;
import nl.kernpunt.application.gedeeld.fout.OnbekendeVerwijzing;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/**
 * The one home of which kernen an item may name: those of the user's gemeente (another gemeente's reads
 * as missing), and, for a kern the item did not name before, one that is not archived. An archived kern
 * takes nothing new; what already names it stays and can be finished (docs/adr/0038, second round).
 */
public final class Kernkeuze {

    private Kernkeuze() {
    }

    /** The kern a new item is filed under. */
    public static Kern nieuw(KernRepository kernen, KernId id, Gebruiker gebruiker, String veld) {
        return vereis(kernen, List.of(id), List.of(), gebruiker, veld).get(0);
    }

    /** The kernen an item names; {@code alGenoemd} are those it named before this write. */
    public static List<Kern> vereis(KernRepository kernen, Collection<KernId> genoemd, Collection<KernId> alGenoemd,
                                    Gebruiker gebruiker, String veld) {
        return genoemd.stream().map(id -> {
            Kern kern = kernen.vind(id).filter(k -> gebruiker.hoortBij(k.getGemeente()))
                    .orElseThrow(() -> OnbekendeVerwijzing.van(veld, "kern", id, gebruiker.gemeente()));
            if (kern.isGearchiveerd() && !alGenoemd.contains(id)) {
                throw new OngeldigeWaarde(veld, "kern-gearchiveerd",
                        id + " is gearchiveerd en neemt niets nieuws meer aan");
            }
            return kern;
        }).toList();
    }
}
