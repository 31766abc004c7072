package nl.kernpunt.application.initiatief.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.initiatief.Afspraakcijfers;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.Initiatiefcijfers;
import nl.kernpunt.application.initiatief.OpenbareWeergave;
import nl.kernpunt.application.initiatief.VerlopenAfspraak;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;

public interface InitiatiefRepository {

    Optional<Initiatief> vind(InitiatiefId id);

    Optional<Initiatief> vindOpReferentie(PubliekeReferentie referentie);

    /** The public status by its reference with its kern's name: the aggregate's {@code openbaar()}, without loading it. */
    Optional<OpenbareWeergave> openbaar(PubliekeReferentie referentie);

    Initiatief voegToe(Initiatief initiatief);

    /** Fails with {@code VersieVerouderd} when another transaction changed the initiative since it was loaded. */
    Initiatief bewaar(Initiatief initiatief);

    Pagina<Initiatief> zoek(InitiatiefFilter filter, PaginaVerzoek verzoek);

    /**
     * The kern's initiatives that are open or still have an open agreement, oldest first: the work a
     * new kernambtenaar takes over.
     */
    List<Initiatief> metOpenWerk(KernId kern);

    /**
     * Earlier initiatives (submitted before this one) in the same kern whose title or description
     * shares words with this one's, most alike first; at most {@code max}.
     */
    List<Initiatief> vergelijkbare(Initiatief initiatief, int max);

    /**
     * Open agreements of the gemeente's initiatives whose due date lies before {@code vandaag},
     * earliest due first; {@code kern} and {@code verantwoordelijke} (case-insensitive) may be null.
     */
    List<VerlopenAfspraak> verlopenAfspraken(Gemeentecode gemeente, KernId kern, String verantwoordelijke,
                                             LocalDate vandaag);

    /** The monitoring figures on initiatives submitted in the scope's period, counted by the store. */
    Initiatiefcijfers tel(Monitoringbereik bereik);

    /** The monitoring figures on agreements due in the scope's period; overdue is measured against {@code vandaag}. */
    Afspraakcijfers telAfspraken(Monitoringbereik bereik, LocalDate vandaag);
}
