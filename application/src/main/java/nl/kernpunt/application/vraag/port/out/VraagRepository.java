package nl.kernpunt.application.vraag.port.out;

import java.time.LocalDate;
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

    /**
     * The answer-term figures of the questions (not spam) received in the scope's period, as they stood
     * when the Dutch day {@code vandaag} began: open past a deadline of an earlier day. Those whose
     * deadline passed today move with the clock and are counted at each read by the monitoring probe
     * ({@code Wijzigingspeiling}, docs/adr/0034).
     */
    Vraagcijfers tel(Monitoringbereik bereik, LocalDate vandaag);
}
