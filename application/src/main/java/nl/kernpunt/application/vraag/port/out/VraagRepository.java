package nl.kernpunt.application.vraag.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.vraag.Vraagcijfers;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;

public interface VraagRepository {

    Optional<Vraag> vind(VraagId id);

    Optional<Vraag> vindOpReferentie(PubliekeReferentie referentie);

    Vraag voegToe(Vraag vraag);

    /** Fails with {@code VersieVerouderd} when another transaction changed the question since it was loaded. */
    Vraag bewaar(Vraag vraag);

    Pagina<Vraag> zoek(VraagFilter filter, PaginaVerzoek verzoek);

    /** The kern's questions that are not closed, oldest receipt first: what a new kernambtenaar takes over. */
    List<Vraag> openVanKern(KernId kern);

    /** The answer-term figures of the questions (not spam) received in the scope's period, as they stand at {@code nu}. */
    Vraagcijfers tel(Monitoringbereik bereik, Instant nu);
}
