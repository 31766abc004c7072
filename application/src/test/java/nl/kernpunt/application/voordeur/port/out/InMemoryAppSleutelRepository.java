package nl.kernpunt.application.voordeur.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.voordeur.AppSleutel;

/** The app-key port in memory; stores copies, as the database would. */
public class InMemoryAppSleutelRepository implements AppSleutelRepository {

    private final Map<UUID, AppSleutel> opslag = new ConcurrentHashMap<>();

    @Override
    public void voegToe(AppSleutel sleutel) {
        opslag.put(sleutel.getId(), kopie(sleutel));
    }

    @Override
    public void bewaar(AppSleutel sleutel) {
        opslag.put(sleutel.getId(), kopie(sleutel));
    }

    @Override
    public Optional<AppSleutel> vind(UUID id) {
        return Optional.ofNullable(opslag.get(id)).map(InMemoryAppSleutelRepository::kopie);
    }

    @Override
    public Optional<AppSleutel> vindOpHash(String hash) {
        return opslag.values().stream().filter(s -> s.getHash().equals(hash)).findFirst().map(InMemoryAppSleutelRepository::kopie);
    }

    @Override
    public List<AppSleutel> vanGemeente(Gemeentecode gemeente) {
        return opslag.values().stream().filter(s -> s.getGemeente().equals(gemeente))
                .sorted(Comparator.comparing(AppSleutel::getUitgegevenOp).thenComparing(AppSleutel::getId))
                .map(InMemoryAppSleutelRepository::kopie).toList();
    }

    @Override
    public boolean heeftGeldige(Gemeentecode gemeente) {
        return opslag.values().stream().anyMatch(s -> s.getGemeente().equals(gemeente) && s.isGeldig());
    }

    private static AppSleutel kopie(AppSleutel s) {
        return AppSleutel.reconstitute(s.getId(), s.getGemeente(), s.getHash(), s.getOmschrijving(), s.getUitgegevenOp(),
                s.getIngetrokkenOp());
    }
}
