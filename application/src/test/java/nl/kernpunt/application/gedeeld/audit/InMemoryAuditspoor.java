package nl.kernpunt.application.gedeeld.audit;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

public class InMemoryAuditspoor implements Auditspoor {

    private final List<Auditregel> regels = new CopyOnWriteArrayList<>();

    @Override
    public void leg(Auditregel regel) {
        regels.add(regel);
    }

    @Override
    public List<Auditregel> van(String soort, UUID aggregaat) {
        return regels.stream()
                .filter(r -> r.soort().equals(soort) && r.aggregaat().equals(aggregaat))
                .sorted(Comparator.comparing(Auditregel::op))
                .toList();
    }
}
