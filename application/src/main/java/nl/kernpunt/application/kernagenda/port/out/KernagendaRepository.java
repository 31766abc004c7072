package nl.kernpunt.application.kernagenda.port.out;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Kernagenda;

public interface KernagendaRepository {

    Optional<Kernagenda> vind(KernId kern);

    /** Fails with {@code RegelGeschonden} when another transaction stored the kern's agenda first. */
    Kernagenda voegToe(Kernagenda agenda);

    /** Fails with {@code VersieVerouderd} when another transaction changed the agenda since it was loaded. */
    Kernagenda bewaar(Kernagenda agenda);

    /**
     * The scope's kernen (the gemeente's, or the one kern) that are not archived and have a
     * kernagenda with at least one theme, as it stands now: the agenda keeps no history, so the
     * scope's period does not narrow this figure.
     */
    long telKernenMetAgenda(Monitoringbereik bereik);
}
