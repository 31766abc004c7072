package nl.kernpunt.application.zaaksysteem.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Verbindingsstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The transactional outbox towards the case system. {@link #plaats} joins the caller's transaction,
 * so a change and its opdracht are committed together or not at all.
 */
public interface ZaakOutbox {

    void plaats(Zaakopdracht opdracht, Instant op);

    /**
     * Claims up to {@code max} due rows of the given gemeenten until {@code geclaimdTot}, skipping rows
     * another dispatcher holds. Only the oldest unfinished row of each zaak is eligible, so rows of one
     * zaak are sent in order, and a parked row holds back the ones after it.
     */
    List<Outboxregel> claim(Set<Gemeentecode> gemeenten, int max, Instant nu, Instant geclaimdTot);

    /**
     * While the gemeente's case system is unreachable and its probe is due, takes the probe (no other
     * dispatcher gets it before {@code geclaimdTot}) and claims the oldest eligible row of the gemeente,
     * its own wait notwithstanding. Empty when the probe is not due, another dispatcher holds it, or no
     * row is eligible.
     */
    Optional<Outboxregel> claimProef(Gemeentecode gemeente, Instant nu, Instant geclaimdTot);

    /**
     * The zaak's registrations not yet delivered (waiting or parked) name {@code initiator} from now on,
     * so a person erased after the row was placed is not sent to the case system. Returns how many.
     */
    int vervangInitiator(Zaakidentificatie zaak, String initiator);

    /** Releases a claimed row that was not tried, as if it had not been claimed. */
    void geefVrij(UUID id);

    void gelukt(UUID id, Instant op);

    /** Counts the failure and releases the claim until {@code volgendePoging}. */
    void mislukt(UUID id, String fout, Instant volgendePoging);

    /** Counts the failure and sets the row aside for a person; it holds back its zaak's later rows. */
    void parkeer(UUID id, String fout);

    /** A parked row of this gemeente becomes due again with a fresh count; false when there is none. */
    boolean hervat(Gemeentecode gemeente, UUID id, Instant nu);

    /** Whether the zaak has rows not yet delivered (waiting or parked). */
    boolean heeftOnafgehandelde(Zaakidentificatie zaak);

    /** Whether the zaak has rows waiting for a dispatcher (not parked). */
    boolean heeftWachtende(Zaakidentificatie zaak);

    /** Every parked row of the zaak becomes due again with a fresh count; returns how many. */
    int hervatZaak(Zaakidentificatie zaak, Instant nu);

    Outboxstand stand(Gemeentecode gemeente, Instant nu);

    /** Those of the gemeenten whose case system counts as unreachable. */
    Set<Gemeentecode> onbereikbaar(Set<Gemeentecode> gemeenten);

    /**
     * Counts one more consecutive failure to reach the gemeente's case system and returns the stand
     * after it. Holds the gemeente's stand locked until the transaction ends, so instances count in turn.
     */
    Verbindingsstand telStoring(Gemeentecode gemeente, Instant op);

    /**
     * The case system counts as unreachable since {@code sinds} (kept when already set); the next probe
     * may go at {@code volgendeProef}.
     */
    void onderbreek(Gemeentecode gemeente, Instant sinds, int mislukteProeven, Instant volgendeProef);

    /**
     * The case system answered: the count of failures starts again. When it counted as unreachable,
     * returns since when, and the gemeente's waiting rows become due at {@code nu}, so the backlog
     * drains now instead of after each row's own wait.
     */
    Optional<Instant> bereikt(Gemeentecode gemeente, Instant nu);

    /** The gemeente's parked rows, oldest first. */
    List<GeparkeerdeOpdracht> geparkeerd(Gemeentecode gemeente);

    Optional<Outboxregel> vind(UUID id);
}
