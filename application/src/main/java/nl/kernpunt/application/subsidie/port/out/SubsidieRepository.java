package nl.kernpunt.application.subsidie.port.out;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.subsidie.SubsidieaanvraagFilter;
import nl.kernpunt.application.subsidie.Subsidiecijfers;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Budgetpot;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;

/** Grant applications and the budget pots their grants draw on. */
public interface SubsidieRepository {

    Optional<Subsidieaanvraag> vind(AanvraagId id);

    Subsidieaanvraag voegToe(Subsidieaanvraag aanvraag);

    /** Fails with {@code VersieVerouderd} when another transaction changed the application since it was loaded. */
    Subsidieaanvraag bewaar(Subsidieaanvraag aanvraag);

    /** Oldest first. */
    List<Subsidieaanvraag> vanInitiatief(InitiatiefId initiatief);

    /** A keyset page of the filter's applications (docs/adr/0005). */
    Pagina<Subsidieaanvraag> zoek(SubsidieaanvraagFilter filter, PaginaVerzoek verzoek);

    /**
     * Adds {@code bedrag} to the pot's granted total, in the caller's transaction, only if the total
     * stays within the pot's cap; otherwise throws {@code RegelGeschonden} with code
     * {@code plafond-overschreden} and adds nothing. Atomic: grants committed at the same moment
     * together never exceed the cap. A pot without a cap only counts.
     */
    void reserveer(Budgetpot pot, Bedrag bedrag);

    /** What the pot's grants add up to; nothing for a pot without grants. */
    Bedrag toegekend(Budgetpot pot);

    /**
     * The street events granted (or paid) in the same kern, year and street or neighbourhood
     * (case-insensitive) as the application's own, other than it (many villages have a Kerkstraat); none for an application without
     * an event. Two such look-ups for one street at the same moment are serialised until the first
     * transaction ends, so a grant made in it is seen by the second.
     */
    List<Straatbijeenkomst> toegekendeBijeenkomsten(Subsidieaanvraag aanvraag);

    /** Per scheme of the gemeente: what was available, granted and paid in the range's period. */
    List<Subsidiecijfers> tel(Monitoringbereik bereik);
}
