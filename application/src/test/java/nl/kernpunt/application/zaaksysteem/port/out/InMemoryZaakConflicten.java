package nl.kernpunt.application.zaaksysteem.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.domain.gemeente.Gemeentecode;

public class InMemoryZaakConflicten implements ZaakConflicten {

    private final List<Zaakconflict> conflicten = new ArrayList<>();
    private final Set<UUID> opgelost = new HashSet<>();

    @Override
    public synchronized void leg(Zaakconflict conflict) {
        conflicten.add(conflict);
    }

    @Override
    public synchronized List<Zaakconflict> open(Gemeentecode gemeente) {
        return conflicten.stream().filter(c -> c.gemeente().equals(gemeente) && !opgelost.contains(c.id())).toList();
    }

    @Override
    public synchronized long aantalOpen(Gemeentecode gemeente) {
        return open(gemeente).size();
    }

    @Override
    public synchronized boolean heeftOpen(Zaakidentificatie zaak) {
        return conflicten.stream().anyMatch(c -> c.zaak().equals(zaak) && !opgelost.contains(c.id()));
    }

    @Override
    public synchronized boolean losOp(Gemeentecode gemeente, UUID id, String door, Instant op) {
        return open(gemeente).stream().anyMatch(c -> c.id().equals(id)) && opgelost.add(id);
    }
}
