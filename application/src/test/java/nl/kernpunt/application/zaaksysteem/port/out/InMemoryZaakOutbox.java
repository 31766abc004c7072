package nl.kernpunt.application.zaaksysteem.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.domain.gemeente.Gemeentecode;

public class InMemoryZaakOutbox implements ZaakOutbox {

    private enum Toestand { WACHTEND, AFGEHANDELD, GEPARKEERD }

    private static final class Rij {
        final UUID id = UUID.randomUUID();
        final long volgnummer;
        final Zaakopdracht opdracht;
        final Instant geplaatstOp;
        Toestand toestand = Toestand.WACHTEND;
        int pogingen;
        boolean eerderGeprobeerd;
        Instant volgendePoging;
        Instant geclaimdTot;
        Instant afgehandeldOp;
        String fout;

        Rij(long volgnummer, Zaakopdracht opdracht, Instant op) {
            this.volgnummer = volgnummer;
            this.opdracht = opdracht;
            this.geplaatstOp = op;
            this.volgendePoging = op;
        }
    }

    private final List<Rij> rijen = new ArrayList<>();

    @Override
    public synchronized void plaats(Zaakopdracht opdracht, Instant op) {
        rijen.add(new Rij(rijen.size() + 1L, opdracht, op));
    }

    /** Everything placed, oldest first (for service tests). */
    public synchronized List<Zaakopdracht> opdrachten() {
        return rijen.stream().map(r -> r.opdracht).toList();
    }

    @Override
    public synchronized List<Outboxregel> claim(Set<Gemeentecode> gemeenten, int max, Instant nu, Instant geclaimdTot) {
        Set<Zaakidentificatie> voorgaand = new HashSet<>();
        List<Outboxregel> geclaimd = new ArrayList<>();
        for (Rij rij : rijen.stream().sorted(Comparator.comparingLong(r -> r.volgnummer)).toList()) {
            if (rij.toestand == Toestand.AFGEHANDELD) {
                continue;
            }
            boolean eerste = voorgaand.add(rij.opdracht.zaak());
            if (eerste && geclaimd.size() < max && rij.toestand == Toestand.WACHTEND
                    && gemeenten.contains(rij.opdracht.gemeente()) && !rij.volgendePoging.isAfter(nu)
                    && (rij.geclaimdTot == null || rij.geclaimdTot.isBefore(nu))) {
                boolean eerder = rij.eerderGeprobeerd || rij.geclaimdTot != null;
                rij.geclaimdTot = geclaimdTot;
                geclaimd.add(new Outboxregel(rij.id, rij.volgnummer, rij.opdracht, rij.pogingen, eerder));
            }
        }
        return geclaimd;
    }

    @Override
    public synchronized void gelukt(UUID id, Instant op) {
        Rij rij = rij(id);
        rij.toestand = Toestand.AFGEHANDELD;
        rij.afgehandeldOp = op;
        rij.geclaimdTot = null;
    }

    @Override
    public synchronized void mislukt(UUID id, String fout, Instant volgendePoging) {
        Rij rij = rij(id);
        rij.pogingen++;
        rij.eerderGeprobeerd = true;
        rij.fout = fout;
        rij.volgendePoging = volgendePoging;
        rij.geclaimdTot = null;
    }

    @Override
    public synchronized void parkeer(UUID id, String fout) {
        Rij rij = rij(id);
        rij.pogingen++;
        rij.eerderGeprobeerd = true;
        rij.fout = fout;
        rij.toestand = Toestand.GEPARKEERD;
        rij.geclaimdTot = null;
    }

    @Override
    public synchronized boolean hervat(Gemeentecode gemeente, UUID id, Instant nu) {
        Optional<Rij> rij = rijen.stream().filter(r -> r.id.equals(id) && r.opdracht.gemeente().equals(gemeente)
                && r.toestand == Toestand.GEPARKEERD).findFirst();
        rij.ifPresent(r -> {
            r.toestand = Toestand.WACHTEND;
            r.pogingen = 0;
            r.volgendePoging = nu;
        });
        return rij.isPresent();
    }

    @Override
    public synchronized boolean heeftOnafgehandelde(Zaakidentificatie zaak) {
        return rijen.stream().anyMatch(r -> r.opdracht.zaak().equals(zaak) && r.toestand != Toestand.AFGEHANDELD);
    }

    @Override
    public synchronized boolean heeftWachtende(Zaakidentificatie zaak) {
        return rijen.stream().anyMatch(r -> r.opdracht.zaak().equals(zaak) && r.toestand == Toestand.WACHTEND);
    }

    @Override
    public synchronized int hervatZaak(Zaakidentificatie zaak, Instant nu) {
        List<Rij> geparkeerd = rijen.stream()
                .filter(r -> r.opdracht.zaak().equals(zaak) && r.toestand == Toestand.GEPARKEERD).toList();
        geparkeerd.forEach(r -> {
            r.toestand = Toestand.WACHTEND;
            r.pogingen = 0;
            r.volgendePoging = nu;
        });
        return geparkeerd.size();
    }

    @Override
    public synchronized Outboxstand stand(Gemeentecode gemeente, Instant nu) {
        List<Rij> eigen = rijen.stream().filter(r -> r.opdracht.gemeente().equals(gemeente)).toList();
        return new Outboxstand(
                eigen.stream().filter(r -> r.toestand == Toestand.WACHTEND && r.pogingen == 0).count(),
                eigen.stream().filter(r -> r.toestand == Toestand.WACHTEND && r.pogingen > 0).count(),
                eigen.stream().filter(r -> r.toestand == Toestand.GEPARKEERD).count(),
                eigen.stream().filter(r -> r.toestand == Toestand.WACHTEND).map(r -> r.geplaatstOp)
                        .min(Comparator.naturalOrder()).orElse(null),
                eigen.stream().map(r -> r.afgehandeldOp).filter(o -> o != null)
                        .max(Comparator.naturalOrder()).orElse(null));
    }

    @Override
    public synchronized List<GeparkeerdeOpdracht> geparkeerd(Gemeentecode gemeente) {
        return rijen.stream().filter(r -> r.opdracht.gemeente().equals(gemeente) && r.toestand == Toestand.GEPARKEERD)
                .map(r -> new GeparkeerdeOpdracht(r.id, r.opdracht, r.pogingen, r.fout)).toList();
    }

    @Override
    public synchronized Optional<Outboxregel> vind(UUID id) {
        return rijen.stream().filter(r -> r.id.equals(id)).findFirst()
                .map(r -> new Outboxregel(r.id, r.volgnummer, r.opdracht, r.pogingen,
                        r.eerderGeprobeerd || r.geclaimdTot != null));
    }

    private Rij rij(UUID id) {
        return rijen.stream().filter(r -> r.id.equals(id)).findFirst().orElseThrow();
    }
}
