package nl.kernpunt.application.subsidie.port.in;

import java.time.Instant;
import java.util.List;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Regelingcode;

/** The grant ledger for the own gemeente's staff; another gemeente's application is NietGevonden. */
public interface SubsidieQuery {

    /** The default schemes (created with Buren's amounts on the gemeente's first use) and its own, archived ones too. */
    List<GelezenSubsidieregeling> regelingen(Gebruiker lezer);

    GelezenSubsidieregeling regeling(Regelingcode code, Gebruiker lezer);

    /**
     * What is granted and remains of a scheme in a year ({@code null}: this year); a scheme whose pot is per kern
     * (the leefbaarheidsbudget, an allowance for a kern's recipients) needs a kern of the own
     * gemeente, the others take none. An allowance per organisation (a dorpsbelangenorganisatie) also
     * needs {@code ontvanger}, an organisation of that kern's register; the others take none.
     */
    Budgetstand budget(Regelingcode code, Integer jaar, KernId kern, String ontvanger, Gebruiker lezer);

    /** {@link #budget(Regelingcode, Integer, KernId, String, Gebruiker)} without a named recipient. */
    default Budgetstand budget(Regelingcode code, Integer jaar, KernId kern, Gebruiker lezer) {
        return budget(code, jaar, kern, null, lezer);
    }

    GelezenSubsidieaanvraag lees(AanvraagId id, Gebruiker lezer);

    /**
     * The own gemeente's applications: an initiative's (oldest first; an initiative of another
     * gemeente is NietGevonden), those changed since a moment (delta sync), or both; at least one.
     */
    Pagina<GelezenSubsidieaanvraag> zoek(InitiatiefId initiatief, Instant gewijzigdSinds, PaginaVerzoek verzoek, Gebruiker lezer);
}
