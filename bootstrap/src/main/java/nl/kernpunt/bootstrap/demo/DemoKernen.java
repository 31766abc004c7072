package nl.kernpunt.bootstrap.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/** Buren's demo kernen by name, for the demo loaders that come after {@link DemoGegevens}. */
@ApplicationScoped
public class DemoKernen {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");

    private final KernRepository kernen;

    public DemoKernen(KernRepository kernen) {
        this.kernen = kernen;
    }

    /** The search matches parts of names too, so the exact name is picked from what it finds. */
    public Optional<KernId> vind(String naam) {
        return kernen.zoek(new KernFilter(BUREN, null, naam, null, null), new PaginaVerzoek(null, PaginaVerzoek.MAX_GROOTTE))
                .resultaten().stream().filter(k -> k.getProfiel().naam().equals(naam)).map(Kern::getId).findFirst();
    }

    public KernId id(String naam) {
        return vind(naam).orElseThrow(() -> new IllegalStateException("demo kern " + naam + " ontbreekt"));
    }
}
