package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.application.zaaksysteem.port.in.ReconcilieerZakenUseCase;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.vraag.VraagStatus;

/**
 * The periodic backstop: compares every open initiative and question of the configured gemeenten with its zaak
 * and repairs the drift notifications and the outbox cannot see. A zaak missing in the case system
 * is registered again; a zaak created while its rows were parked lets them through; a status set in
 * the case system whose notification was lost is applied through {@link ZaakstatusService}; a zaak
 * lagging behind ours gets our current status again. Items with changes on their way or an open
 * conflict are left alone. Not transactional: the case system is read with no transaction open.
 */
@ApplicationScoped
public class ZaakReconciliatie implements ReconcilieerZakenUseCase {

    private static final EnumSet<InitiatiefStatus> OPEN = EnumSet.of(InitiatiefStatus.INGEDIEND,
            InitiatiefStatus.IN_BEHANDELING, InitiatiefStatus.ROL_BEPAALD, InitiatiefStatus.IN_UITVOERING);
    /** An answered question is still open: only closing ends its zaak. */
    private static final EnumSet<VraagStatus> OPEN_VRAGEN = EnumSet.complementOf(EnumSet.of(VraagStatus.GESLOTEN));

    private final ZaakReconciliatieService service;
    private final ZaakstatusService zaakstatus;
    private final ZaakRegistratiePort zaaksysteem;

    public ZaakReconciliatie(ZaakReconciliatieService service, ZaakstatusService zaakstatus,
                             ZaakRegistratiePort zaaksysteem) {
        this.service = service;
        this.zaakstatus = zaakstatus;
        this.zaaksysteem = zaaksysteem;
    }

    @Override
    public Verslag reconcilieer() {
        Verslag verslag = new Verslag();
        for (Gemeentecode gemeente : zaaksysteem.ingesteldeGemeenten()) {
            for (InitiatiefStatus status : OPEN) {
                doorloop(gemeente, cursor -> service.open(gemeente, status, cursor), verslag);
            }
            for (VraagStatus status : OPEN_VRAGEN) {
                doorloop(gemeente, cursor -> service.open(gemeente, status, cursor), verslag);
            }
        }
        return verslag;
    }

    private void doorloop(Gemeentecode gemeente, Function<String, Pagina<ZaakReconciliatieService.OpenItem>> pagina,
                          Verslag verslag) {
        String cursor = null;
        do {
            Pagina<ZaakReconciliatieService.OpenItem> deze = pagina.apply(cursor);
            deze.resultaten().forEach(item -> vergelijk(gemeente, item, verslag));
            cursor = deze.volgendeCursor();
        } while (cursor != null);
    }

    private void vergelijk(Gemeentecode gemeente, ZaakReconciliatieService.OpenItem item, Verslag verslag) {
        verslag.vergeleken++;
        if (item.onderweg() || item.betwist()) {
            return;
        }
        Optional<Zaakstand> stand;
        try {
            stand = zaaksysteem.lees(gemeente, item.zaak());
        } catch (ZaaksysteemFout fout) {
            verslag.onbereikbaar++;
            return;
        }
        if (stand.isEmpty()) {
            if (!item.geparkeerd()) {
                service.registreerOpnieuw(item.zaak());
                verslag.opnieuwGeregistreerd++;
            }
            return;
        }
        if (item.geparkeerd()) {
            verslag.hervat += service.hervatGeparkeerde(item.zaak());
            return;
        }
        if (item.status().equals(stand.get().status())) {
            return;
        }
        if (stand.get().statustype() == null) {
            // a zaak without any status: it only lacks ours
            service.stuurHuidigeStatus(item.zaak());
            verslag.bijgewerkt++;
            return;
        }
        ZaakstatusService.Uitkomst uitkomst = zaakstatus.pasToe(gemeente, stand.get());
        switch (uitkomst) {
            case TOEGEPAST -> verslag.overgenomen++;
            case CONFLICT -> verslag.conflicten++;
            case AL_BEKEND -> {
                service.stuurHuidigeStatus(item.zaak());
                verslag.bijgewerkt++;
            }
            case GENEGEERD -> { }
        }
    }
}
