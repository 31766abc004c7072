package nl.kernpunt.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.kernpunt.application.port.out.InitiatiefFilter;
import nl.kernpunt.application.port.out.InitiatiefRepository;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.port.out.VraagFilter;
import nl.kernpunt.application.port.out.VraagRepository;
import nl.kernpunt.application.port.out.ZaakConflicten;
import nl.kernpunt.application.port.out.ZaakOutbox;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Statusovergang;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;
import nl.kernpunt.domain.vraag.VraagStatus;

/**
 * The reconciliation's short transactions: reading a page of open initiatives or questions with what
 * the outbox and the conflicts know of their zaak, and placing the opdrachten that repair a drift.
 * The case system itself is read by {@link ZaakReconciliatie}, outside these.
 */
@ApplicationScoped
@Transactional
public class ZaakReconciliatieService {

    private final InitiatiefRepository initiatieven;
    private final VraagRepository vragen;
    private final ZaakOutbox outbox;
    private final ZaakConflicten conflicten;
    private final Clock klok;

    public ZaakReconciliatieService(InitiatiefRepository initiatieven, VraagRepository vragen, ZaakOutbox outbox,
                                    ZaakConflicten conflicten, Clock klok) {
        this.initiatieven = initiatieven;
        this.vragen = vragen;
        this.outbox = outbox;
        this.conflicten = conflicten;
        this.klok = klok;
    }

    /**
     * An open item as the reconciliation needs it, with our status as the contract writes it.
     * {@code onderweg}: changes still wait for the dispatcher, so the zaak may lag behind for now;
     * {@code geparkeerd}: rows were set aside; {@code betwist}: a conflict awaits a person.
     */
    public record OpenItem(Zaakidentificatie zaak, String status, boolean onderweg, boolean geparkeerd,
                           boolean betwist) {
    }

    public Pagina<OpenItem> open(Gemeentecode gemeente, InitiatiefStatus status, String cursor) {
        Pagina<Initiatief> pagina = initiatieven.zoek(new InitiatiefFilter(gemeente, null, status, null, null, null,
                null), new PaginaVerzoek(cursor, PaginaVerzoek.MAX_GROOTTE));
        return pagina.map(i -> item(InitiatiefService.zaak(i), i.getStatus().extern()));
    }

    public Pagina<OpenItem> open(Gemeentecode gemeente, VraagStatus status, String cursor) {
        Pagina<Vraag> pagina = vragen.zoek(new VraagFilter(gemeente, null, null, status, null, null, klok.instant()),
                new PaginaVerzoek(cursor, PaginaVerzoek.MAX_GROOTTE));
        return pagina.map(v -> item(VraagService.zaak(v), VraagService.extern(v.getStatus())));
    }

    private OpenItem item(Zaakidentificatie zaak, String status) {
        boolean wachtend = outbox.heeftWachtende(zaak);
        return new OpenItem(zaak, status, wachtend, !wachtend && outbox.heeftOnafgehandelde(zaak),
                conflicten.heeftOpen(zaak));
    }

    /** The case system has no zaak for it: register it again with its whole status history. */
    public void registreerOpnieuw(Zaakidentificatie zaak) {
        switch (zaak.soort()) {
            case INITIATIEF -> {
                Initiatief initiatief = initiatieven.vind(new InitiatiefId(zaak.bron())).orElseThrow();
                List<Statusovergang> historie = initiatief.getStatushistorie();
                plaats(Zaakopdracht.registreer(initiatief.getGemeente(), zaak, historie.get(0).naar().extern(),
                        historie.get(0).op(), initiatief.getGegevens().titel(), initiatief.getGegevens().omschrijving(),
                        initiatief.getGegevens().betrokkenen().get(0).naam()));
                historie.stream().skip(1).forEach(o -> plaats(statusopdracht(initiatief, o)));
            }
            case VRAAG -> {
                Vraag vraag = vragen.vind(new VraagId(zaak.bron())).orElseThrow();
                plaats(VraagService.registratie(vraag));
                vraag.getHistorie().stream().skip(1).forEach(o -> plaats(VraagService.statusopdracht(vraag, o)));
            }
        }
    }

    /** The zaak lags behind ours with no change on its way: send our current status again. */
    public void stuurHuidigeStatus(Zaakidentificatie zaak) {
        switch (zaak.soort()) {
            case INITIATIEF -> {
                Initiatief initiatief = initiatieven.vind(new InitiatiefId(zaak.bron())).orElseThrow();
                List<Statusovergang> historie = initiatief.getStatushistorie();
                plaats(statusopdracht(initiatief, historie.get(historie.size() - 1)));
            }
            case VRAAG -> {
                Vraag vraag = vragen.vind(new VraagId(zaak.bron())).orElseThrow();
                int laatste = vraag.getHistorie().size() - 1;
                plaats(VraagService.statusopdracht(vraag, vraag.getHistorie().get(laatste)));
            }
        }
    }

    /** The zaak exists after all: its parked rows can go through (they check before they write). */
    public int hervatGeparkeerde(Zaakidentificatie zaak) {
        return outbox.hervatZaak(zaak, klok.instant());
    }

    private static Zaakopdracht statusopdracht(Initiatief initiatief, Statusovergang overgang) {
        return Zaakopdracht.status(initiatief.getGemeente(), InitiatiefService.zaak(initiatief),
                overgang.naar().extern(), overgang.op(), overgang.reden());
    }

    private void plaats(Zaakopdracht opdracht) {
        outbox.plaats(opdracht, klok.instant());
    }
}
