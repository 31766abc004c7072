package nl.kernpunt.application.kern.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.Kernkenmerken;
import nl.kernpunt.application.kern.Kernligging;
import nl.kernpunt.application.kern.Kerncijfers;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

public interface KernRepository {

    Optional<Kern> vind(KernId id);

    /**
     * What initiatives derive from these kernen (those that exist, in no particular order): one read
     * for a whole page's kernen, without their lists.
     */
    List<Kernkenmerken> kenmerken(Collection<KernId> ids);

    /** Only the kern's name, for readers that need nothing else of it (the public status of an initiative). */
    Optional<String> naam(KernId id);

    /** Whether another kern of the gemeente has this name (case-insensitive). */
    boolean naamInGebruik(Gemeentecode gemeente, String naam, KernId behalve);

    Kern voegToe(Kern kern);

    /** Fails with {@code VersieVerouderd} when another transaction changed the kern since it was loaded. */
    Kern bewaar(Kern kern);

    Pagina<Kern> zoek(KernFilter filter, PaginaVerzoek verzoek);

    /** The gemeente's kernen with a silence threshold of their own (maatwerk): few, for the list filters. */
    List<Kern> metEigenStilteDrempel(Gemeentecode gemeente);

    /** The scope's kernen that are not archived (the kern it names, or all of the gemeente's). */
    List<Kernligging> inBereik(Monitoringbereik bereik);

    /** The monitoring figures on the scope's kernen that are not archived (the period plays no part). */
    Kerncijfers tel(Monitoringbereik bereik);
}
