package nl.kernpunt.application.gedeeld.idempotentie;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryIdempotentieRepository implements IdempotentieRepository {

    private record Rij(String vingerafdruk, OpgeslagenAntwoord antwoord, Instant verlooptOp) {
    }

    private final Map<IdempotentieSleutel, Rij> opslag = new ConcurrentHashMap<>();

    @Override
    public boolean reserveer(IdempotentieSleutel sleutel, String vingerafdruk, Instant verlooptOp) {
        return opslag.putIfAbsent(sleutel, new Rij(vingerafdruk, null, verlooptOp)) == null;
    }

    @Override
    public Optional<Vastlegging> vind(IdempotentieSleutel sleutel) {
        return Optional.ofNullable(opslag.get(sleutel)).map(r -> new Vastlegging(r.vingerafdruk(), r.antwoord()));
    }

    @Override
    public void legVast(IdempotentieSleutel sleutel, OpgeslagenAntwoord antwoord) {
        opslag.computeIfPresent(sleutel, (s, r) -> new Rij(r.vingerafdruk(), antwoord, r.verlooptOp()));
    }

    @Override
    public void verwijderVerlopen(Instant nu) {
        opslag.values().removeIf(r -> r.verlooptOp().isBefore(nu));
    }
}
