package nl.kernpunt.application.begroting.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kernpunt.application.begroting.port.in.Stemcijfers;
import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.Begrotingsronde;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Bedrag;

/** Budget rounds, their ideas and their voting codes with the one ballot each code holds. */
public interface BegrotingsrondeRepository {

    Optional<Begrotingsronde> vind(BegrotingsrondeId id);

    /**
     * Reads the round and locks it until the transaction ends: shared for a ballot, exclusive for
     * closing, so a closing waits for the ballots in flight and a ballot after it sees it closed.
     */
    Optional<Begrotingsronde> vergrendel(BegrotingsrondeId id, boolean exclusief);

    Begrotingsronde voegToe(Begrotingsronde ronde);

    /** Fails with {@code VersieVerouderd} when the round changed since it was loaded. */
    void bewaar(Begrotingsronde ronde);

    /** What the kern's open rounds of the year promise together. */
    Bedrag beloofd(KernId kern, int jaar);

    void voegToe(Begrotingsidee idee);

    Optional<Begrotingsidee> vindIdee(BegrotingsrondeId ronde, IdeeId idee);

    /** Saves a judgement; fails with {@code VersieVerouderd} when the idea was judged meanwhile. */
    void bewaarOordeel(Begrotingsidee idee);

    /** Oldest first. */
    List<Begrotingsidee> ideeen(BegrotingsrondeId ronde);

    /** Stores the codes' hashes, never the codes. */
    void voegStemcodesToe(BegrotingsrondeId ronde, List<String> hashes, Instant op);

    /** The round a code (by its hash) was issued for. */
    Optional<BegrotingsrondeId> rondeVanStemcode(String hash);

    /**
     * Replaces the code's ballot with these ideas in one update of the code's own row: a code holds
     * one ballot however many requests arrive at once, the last one standing.
     */
    void legStemVast(String hash, List<IdeeId> ideeen, Instant op);

    /** Per idea, the ballots that name it. */
    Map<IdeeId, Long> stemmen(BegrotingsrondeId ronde);

    Stemcijfers stemcijfers(BegrotingsrondeId ronde);
}
