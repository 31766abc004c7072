package nl.kernpunt.application.begroting.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kernpunt.application.begroting.port.in.Stemcijfers;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.Begrotingsronde;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Bedrag;

/**
 * Budget rounds in memory for the service tests. Synchronized methods stand in for the row locks;
 * aggregates are stored as the objects given, so a test must not change one it did not save.
 */
public class InMemoryBegrotingsrondeRepository implements BegrotingsrondeRepository {

    private record Code(BegrotingsrondeId ronde, List<IdeeId> keuzes) {
    }

    private final Map<BegrotingsrondeId, Begrotingsronde> rondes = new HashMap<>();
    private final Map<IdeeId, Begrotingsidee> ideeen = new LinkedHashMap<>();
    private final Map<String, Code> codes = new HashMap<>();

    @Override
    public synchronized Optional<Begrotingsronde> vind(BegrotingsrondeId id) {
        return Optional.ofNullable(rondes.get(id));
    }

    @Override
    public Optional<Begrotingsronde> vergrendel(BegrotingsrondeId id, boolean exclusief) {
        return vind(id);
    }

    @Override
    public synchronized Begrotingsronde voegToe(Begrotingsronde ronde) {
        rondes.put(ronde.getId(), ronde);
        return ronde;
    }

    @Override
    public synchronized void bewaar(Begrotingsronde ronde) {
        Begrotingsronde opgeslagen = rondes.get(ronde.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != ronde.getVersie()) {
            throw new VersieVerouderd("begrotingsronde", ronde.getId());
        }
        rondes.put(ronde.getId(), Begrotingsronde.reconstitute(ronde.getId(), ronde.getGemeente(), ronde.getKern(),
                ronde.getJaar(), ronde.getBedrag(), ronde.getIdeeenperiode(), ronde.getStemperiode(),
                ronde.getStemwijze(), ronde.getGeopendOp(), ronde.getGeslotenOp().orElse(null),
                ronde.getToegewezen().orElse(null), ronde.getVersie() + 1));
    }

    @Override
    public synchronized Bedrag beloofd(KernId kern, int jaar) {
        return rondes.values().stream().filter(r -> r.getKern().equals(kern) && r.getJaar() == jaar && !r.isGesloten())
                .map(Begrotingsronde::getBedrag).reduce(Bedrag.NUL, Bedrag::plus);
    }

    @Override
    public synchronized void voegToe(Begrotingsidee idee) {
        ideeen.put(idee.getId(), idee);
    }

    @Override
    public synchronized Optional<Begrotingsidee> vindIdee(BegrotingsrondeId ronde, IdeeId idee) {
        return Optional.ofNullable(ideeen.get(idee)).filter(i -> i.getRonde().equals(ronde))
                .map(i -> Begrotingsidee.reconstitute(i.getId(), i.getRonde(), i.getTitel(), i.getOmschrijving(),
                        i.getKosten(), i.getIngediendOp(), i.getStatus(), i.getMotivering().orElse(null)));
    }

    @Override
    public synchronized void bewaarOordeel(Begrotingsidee idee) {
        if (ideeen.get(idee.getId()).getStatus() != nl.kernpunt.domain.begroting.Ideestatus.INGEDIEND) {
            throw new VersieVerouderd("begrotingsidee", idee.getId());
        }
        ideeen.put(idee.getId(), idee);
    }

    @Override
    public synchronized List<Begrotingsidee> ideeen(BegrotingsrondeId ronde) {
        return ideeen.values().stream().filter(i -> i.getRonde().equals(ronde))
                .sorted(Comparator.comparing(Begrotingsidee::getIngediendOp)).toList();
    }

    @Override
    public synchronized void voegStemcodesToe(BegrotingsrondeId ronde, List<String> hashes, Instant op) {
        hashes.forEach(hash -> codes.put(hash, new Code(ronde, null)));
    }

    @Override
    public synchronized Optional<BegrotingsrondeId> rondeVanStemcode(String hash) {
        return Optional.ofNullable(codes.get(hash)).map(Code::ronde);
    }

    @Override
    public synchronized void legStemVast(String hash, List<IdeeId> keuzes, Instant op) {
        codes.put(hash, new Code(codes.get(hash).ronde(), List.copyOf(keuzes)));
    }

    @Override
    public synchronized Map<IdeeId, Long> stemmen(BegrotingsrondeId ronde) {
        Map<IdeeId, Long> stemmen = new HashMap<>();
        codes.values().stream().filter(c -> c.ronde().equals(ronde) && c.keuzes() != null)
                .flatMap(c -> c.keuzes().stream()).forEach(idee -> stemmen.merge(idee, 1L, Long::sum));
        return stemmen;
    }

    @Override
    public synchronized Stemcijfers stemcijfers(BegrotingsrondeId ronde) {
        List<Code> vanRonde = new ArrayList<>(codes.values().stream().filter(c -> c.ronde().equals(ronde)).toList());
        return new Stemcijfers(vanRonde.size(), vanRonde.stream().filter(c -> c.keuzes() != null).count());
    }
}
