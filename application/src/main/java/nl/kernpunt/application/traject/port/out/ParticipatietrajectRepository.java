package nl.kernpunt.application.traject.port.out;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.traject.Rapportcijfers;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.application.traject.Trajectcijfers;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.TrajectId;

public interface ParticipatietrajectRepository {

    Optional<Participatietraject> vind(TrajectId id);

    Participatietraject voegToe(Participatietraject traject);

    /** Fails with {@code VersieVerouderd} when another transaction changed the traject since it was loaded. */
    Participatietraject bewaar(Participatietraject traject);

    Pagina<Participatietraject> zoek(TrajectFilter filter, PaginaVerzoek verzoek);

    /**
     * The monitoring figures on trajecten that ran in the scope's period; with a kern, those naming
     * it and the gemeentebrede ones.
     */
    Trajectcijfers tel(Monitoringbereik bereik);

    /** The residents' marks of the evaluations recorded in the period, of trajecten in scope as {@link #tel}. */
    Rapportcijfers telRapportcijfers(Monitoringbereik bereik);
}
