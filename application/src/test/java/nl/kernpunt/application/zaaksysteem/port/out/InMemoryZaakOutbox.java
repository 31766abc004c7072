package nl.kernpunt.application.zaaksysteem.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Verbindingsstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.domain.gemeente.Gemeentecode;

public class InMemoryZaakOutbox implements ZaakOutbox {

    private enum Toestand { WACHTEND, AFGEHANDELD, GEPARKEERD }

    private static final class Rij {
        final UUID id = UUID.randomUUID();
        final long volgnummer;
        Zaakopdracht opdracht;
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
    private final Map<Gemeentecode, Verbindingsstand> verbindingen = new HashMap<>();
    private final Map<Gemeentecode, Instant> volgendeProef = new HashMap<>();

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
        return claim(gemeenten, max, nu, nu, geclaimdTot);
    }

    @Override
    public synchronized Optional<Outboxregel> claimProef(Gemeentecode gemeente, Instant nu, Instant geclaimdTot) {
        Instant proef = volgendeProef.get(gemeente);
        if (!verbinding(gemeente).onbereikbaar() || proef == null || proef.isAfter(nu)) {
            return Optional.empty();
        }
        volgendeProef.put(gemeente, geclaimdTot);
        return claim(Set.of(gemeente), 1, nu, Instant.MAX, geclaimdTot).stream().findFirst();
    }

    private List<Outboxregel> claim(Set<Gemeentecode> gemeenten, int max, Instant nu, Instant verschuldigdVoor,
                                    Instant geclaimdTot) {
        Set<Zaakidentificatie> voorgaand = new HashSet<>();
        List<Outboxregel> geclaimd = new ArrayList<>();
        for (Rij rij : rijen.stream().sorted(Comparator.comparingLong(r -> r.volgnummer)).toList()) {
            if (rij.toestand == Toestand.AFGEHANDELD) {
                continue;
            }
            boolean eerste = voorgaand.add(rij.opdracht.zaak());
            if (eerste && geclaimd.size() < max && rij.toestand == Toestand.WACHTEND
                    && gemeenten.contains(rij.opdracht.gemeente()) && !rij.volgendePoging.isAfter(verschuldigdVoor)
                    && (rij.geclaimdTot == null || rij.geclaimdTot.isBefore(nu))) {
                boolean eerder = rij.eerderGeprobeerd || rij.geclaimdTot != null;
                rij.geclaimdTot = geclaimdTot;
                geclaimd.add(new Outboxregel(rij.id, rij.volgnummer, rij.opdracht, rij.pogingen, eerder));
            }
        }
        return geclaimd;
    }

    @Override
    public synchronized int vervangInitiator(Zaakidentificatie zaak, String initiator) {
        List<Rij> open = rijen.stream().filter(r -> r.opdracht.zaak().equals(zaak)
                && r.opdracht.soort() == Zaakopdracht.Soort.REGISTREER && r.toestand != Toestand.AFGEHANDELD).toList();
        open.forEach(r -> r.opdracht = new Zaakopdracht(r.opdracht.gemeente(), zaak, r.opdracht.soort(),
                r.opdracht.status(), r.opdracht.moment(), r.opdracht.omschrijving(), r.opdracht.toelichting(), initiator));
        return open.size();
    }

    @Override
    public synchronized void geefVrij(UUID id) {
        rij(id).geclaimdTot = null;
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
                        .max(Comparator.naturalOrder()).orElse(null),
                verbinding(gemeente).onbereikbaarSinds());
    }

    @Override
    public synchronized Set<Gemeentecode> onbereikbaar(Set<Gemeentecode> gemeenten) {
        return gemeenten.stream().filter(g -> verbinding(g).onbereikbaar()).collect(Collectors.toSet());
    }

    @Override
    public synchronized Verbindingsstand telStoring(Gemeentecode gemeente, Instant op) {
        Verbindingsstand oud = verbinding(gemeente);
        Verbindingsstand nieuw = new Verbindingsstand(oud.fouten() + 1, oud.eersteFoutOp() == null ? op : oud.eersteFoutOp(),
                oud.onbereikbaarSinds(), oud.mislukteProeven());
        verbindingen.put(gemeente, nieuw);
        return nieuw;
    }

    @Override
    public synchronized void onderbreek(Gemeentecode gemeente, Instant sinds, int mislukteProeven, Instant proef) {
        Verbindingsstand oud = verbinding(gemeente);
        verbindingen.put(gemeente, new Verbindingsstand(oud.fouten(), oud.eersteFoutOp(),
                oud.onbereikbaar() ? oud.onbereikbaarSinds() : sinds, mislukteProeven));
        volgendeProef.put(gemeente, proef);
    }

    @Override
    public synchronized Optional<Instant> bereikt(Gemeentecode gemeente, Instant nu) {
        Optional<Instant> sinds = Optional.ofNullable(verbinding(gemeente).onbereikbaarSinds());
        verbindingen.remove(gemeente);
        volgendeProef.remove(gemeente);
        sinds.ifPresent(s -> rijen.stream()
                .filter(r -> r.opdracht.gemeente().equals(gemeente) && r.toestand == Toestand.WACHTEND
                        && r.volgendePoging.isAfter(nu))
                .forEach(r -> r.volgendePoging = nu));
        return sinds;
    }

    private Verbindingsstand verbinding(Gemeentecode gemeente) {
        return verbindingen.getOrDefault(gemeente, new Verbindingsstand(0, null, null, 0));
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
