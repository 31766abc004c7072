package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.initiatief.service.InitiatiefService;
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.application.vraag.service.VraagService;
import nl.kernpunt.application.zaaksysteem.Initiatiefzaak;
import nl.kernpunt.application.zaaksysteem.Vraagzaak;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakConflicten;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
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
        return pagina.map(i -> item(Initiatiefzaak.van(i), i.getStatus().extern()));
    }

    public Pagina<OpenItem> open(Gemeentecode gemeente, VraagStatus status, String cursor) {
        Pagina<Vraag> pagina = vragen.zoek(new VraagFilter(gemeente, null, null, status, null, null, klok.instant()),
                new PaginaVerzoek(cursor, PaginaVerzoek.MAX_GROOTTE));
        return pagina.map(v -> item(Vraagzaak.van(v), v.getStatus().extern()));
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
                plaats(Initiatiefzaak.registratie(initiatief));
                initiatief.getStatushistorie().stream().skip(1).forEach(o -> plaats(Initiatiefzaak.status(initiatief, o)));
            }
            case VRAAG -> {
                Vraag vraag = vragen.vind(new VraagId(zaak.bron())).orElseThrow();
                plaats(Vraagzaak.registratie(vraag));
                vraag.getHistorie().stream().skip(1).forEach(o -> plaats(Vraagzaak.status(vraag, o)));
            }
        }
    }

    /** The zaak lags behind ours with no change on its way: send our current status again. */
    public void stuurHuidigeStatus(Zaakidentificatie zaak) {
        switch (zaak.soort()) {
            case INITIATIEF -> {
                Initiatief initiatief = initiatieven.vind(new InitiatiefId(zaak.bron())).orElseThrow();
                plaats(Initiatiefzaak.status(initiatief, initiatief.laatsteOvergang()));
            }
            case VRAAG -> {
                Vraag vraag = vragen.vind(new VraagId(zaak.bron())).orElseThrow();
                plaats(Vraagzaak.status(vraag, vraag.laatsteOvergang()));
            }
        }
    }

    /** The zaak exists after all: its parked rows can go through (they check before they write). */
    public int hervatGeparkeerde(Zaakidentificatie zaak) {
        return outbox.hervatZaak(zaak, klok.instant());
    }

    private void plaats(Zaakopdracht opdracht) {
        outbox.plaats(opdracht, klok.instant());
    }
}
