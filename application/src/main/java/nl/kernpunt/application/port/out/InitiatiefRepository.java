package nl.kernpunt.application.port.out;

import java.util.Optional;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;

public interface InitiatiefRepository {

    Optional<Initiatief> vind(InitiatiefId id);

    Optional<Initiatief> vindOpReferentie(PubliekeReferentie referentie);

    Initiatief voegToe(Initiatief initiatief);

    /** Fails with {@code VersieVerouderd} when another transaction changed the initiative since it was loaded. */
    Initiatief bewaar(Initiatief initiatief);

    Pagina<Initiatief> zoek(InitiatiefFilter filter, PaginaVerzoek verzoek);
}
