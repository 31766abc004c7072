package nl.kernpunt.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.kernpunt.application.port.out.InitiatiefFilter;
import nl.kernpunt.application.port.out.InitiatiefRepository;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.port.out.ZaakConflicten;
import nl.kernpunt.application.port.out.ZaakOutbox;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Statusovergang;

/**
 * The reconciliation's short transactions: reading a page of open initiatives with what the outbox
 * and the conflicts know of their zaak, and placing the opdrachten that repair a drift. The case
 * system itself is read by {@link ZaakReconciliatie}, outside these.
 */
@ApplicationScoped
@Transactional
public class ZaakReconciliatieService {

    private final InitiatiefRepository initiatieven;
    private final ZaakOutbox outbox;
    private final ZaakConflicten conflicten;
    private final Clock klok;

    public ZaakReconciliatieService(InitiatiefRepository initiatieven, ZaakOutbox outbox, ZaakConflicten conflicten,
                                    Clock klok) {
        this.initiatieven = initiatieven;
        this.outbox = outbox;
        this.conflicten = conflicten;
        this.klok = klok;
    }

    /**
     * An open initiative as the reconciliation needs it. {@code onderweg}: changes still wait for the
     * dispatcher, so the zaak may lag behind for now; {@code geparkeerd}: rows were set aside;
     * {@code betwist}: a conflict awaits a person.
     */
    public record OpenItem(InitiatiefId id, Zaakidentificatie zaak, InitiatiefStatus status, boolean onderweg,
                           boolean geparkeerd, boolean betwist) {
    }

    public Pagina<OpenItem> open(Gemeentecode gemeente, InitiatiefStatus status, String cursor) {
        Pagina<Initiatief> pagina = initiatieven.zoek(new InitiatiefFilter(gemeente, null, status, null, null, null,
                null), new PaginaVerzoek(cursor, PaginaVerzoek.MAX_GROOTTE));
        return pagina.map(i -> {
            Zaakidentificatie zaak = InitiatiefService.zaak(i);
            boolean wachtend = outbox.heeftWachtende(zaak);
            return new OpenItem(i.getId(), zaak, i.getStatus(), wachtend,
                    !wachtend && outbox.heeftOnafgehandelde(zaak), conflicten.heeftOpen(zaak));
        });
    }

    /** The case system has no zaak for it: register it again with its whole status history. */
    public void registreerOpnieuw(InitiatiefId id) {
        Initiatief initiatief = initiatieven.vind(id).orElseThrow();
        List<Statusovergang> historie = initiatief.getStatushistorie();
        outbox.plaats(Zaakopdracht.registreer(initiatief.getGemeente(), InitiatiefService.zaak(initiatief),
                historie.get(0).naar().extern(), historie.get(0).op(), initiatief.getGegevens().titel(),
                initiatief.getGegevens().omschrijving(), initiatief.getGegevens().betrokkenen().get(0).naam()),
                klok.instant());
        historie.stream().skip(1)
                .forEach(o -> plaatsStatus(initiatief.getGemeente(), InitiatiefService.zaak(initiatief), o));
    }

    /** The zaak lags behind ours with no change on its way: send our current status again. */
    public void stuurHuidigeStatus(InitiatiefId id) {
        Initiatief initiatief = initiatieven.vind(id).orElseThrow();
        List<Statusovergang> historie = initiatief.getStatushistorie();
        plaatsStatus(initiatief.getGemeente(), InitiatiefService.zaak(initiatief), historie.get(historie.size() - 1));
    }

    /** The zaak exists after all: its parked rows can go through (they check before they write). */
    public int hervatGeparkeerde(Zaakidentificatie zaak) {
        return outbox.hervatZaak(zaak, klok.instant());
    }

    private void plaatsStatus(Gemeentecode gemeente, Zaakidentificatie zaak, Statusovergang overgang) {
        outbox.plaats(Zaakopdracht.status(gemeente, zaak, overgang.naar().extern(), overgang.op(), overgang.reden()),
                klok.instant());
    }
}
