package nl.kernpunt.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kernpunt.application.audit.Auditregel;
import nl.kernpunt.application.audit.Auditspoor;
import nl.kernpunt.application.port.out.InitiatiefRepository;
import nl.kernpunt.application.port.out.ZaakConflicten;
import nl.kernpunt.application.port.out.ZaakNotificaties;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.domain.gedeeld.DomeinFout;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;

/**
 * Takes over a status set in the case system, through the same domain rules as a change made here.
 * What the rules refuse becomes a {@link Zaakconflict} for a person; it is never dropped. A status we
 * already have or had is our own change coming back, and changes nothing.
 */
@ApplicationScoped
@Transactional
public class ZaakstatusService {

    static final String DOOR = "zaaksysteem";

    private final InitiatiefRepository initiatieven;
    private final ZaakConflicten conflicten;
    private final ZaakNotificaties notificaties;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public ZaakstatusService(InitiatiefRepository initiatieven, ZaakConflicten conflicten,
                             ZaakNotificaties notificaties, Auditspoor auditspoor, Clock klok) {
        this.initiatieven = initiatieven;
        this.conflicten = conflicten;
        this.notificaties = notificaties;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    /**
     * Applies what a notification led to and marks it processed, in one transaction, so a crash in
     * between cannot record its conflict twice. Empty: the resource was not a zaak of ours.
     */
    public Uitkomst verwerk(ZaakNotificaties.Ontvangen ontvangen, Optional<Zaakstand> stand) {
        Uitkomst uitkomst = stand.map(s -> pasToe(ontvangen.gemeente(), s)).orElse(Uitkomst.GENEGEERD);
        notificaties.verwerkt(ontvangen.notificatie(), klok.instant());
        return uitkomst;
    }

    public Uitkomst pasToe(Gemeentecode gemeente, Zaakstand stand) {
        if (stand.zaak().soort() != Zaaksoort.INITIATIEF) {
            // questions are not persisted on this branch yet (docs/adr/0012)
            return Uitkomst.GENEGEERD;
        }
        Optional<Initiatief> gevonden = initiatieven.vind(new InitiatiefId(stand.zaak().bron()))
                .filter(i -> i.getGemeente().equals(gemeente));
        if (gevonden.isEmpty()) {
            return conflict(gemeente, stand, null, "zaak-zonder-item", "er is geen initiatief bij deze zaak");
        }
        Initiatief initiatief = gevonden.get();
        if (stand.status() == null) {
            return conflict(gemeente, stand, initiatief.getStatus().extern(), "statustype-onbekend",
                    "het statustype " + stand.statustype() + " is niet (eenduidig) aan een status gekoppeld");
        }
        InitiatiefStatus naar = InitiatiefStatus.valueOf(stand.status().toUpperCase().replace('-', '_'));
        boolean alBekend = initiatief.getStatus() == naar
                || initiatief.getStatushistorie().stream().anyMatch(o -> o.naar() == naar);
        if (alBekend) {
            return Uitkomst.AL_BEKEND;
        }
        InitiatiefStatus van = initiatief.getStatus();
        try {
            initiatief.gaNaar(naar, stand.toelichting(), DOOR, klok);
        } catch (DomeinFout fout) {
            return conflict(gemeente, stand, van.extern(), fout.code(), fout.getMessage());
        }
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("van", van.extern());
        gegevens.put("naar", naar.extern());
        gegevens.put("bron", DOOR);
        if (stand.toelichting() != null && !stand.toelichting().isBlank()) {
            gegevens.put("reden", stand.toelichting().strip());
        }
        auditspoor.leg(Auditregel.van(gemeente, InitiatiefService.SOORT, initiatief.getId().waarde(), klok.instant(),
                DOOR, "status-gewijzigd", gegevens));
        initiatieven.bewaar(initiatief);
        return Uitkomst.TOEGEPAST;
    }

    private Uitkomst conflict(Gemeentecode gemeente, Zaakstand stand, String huidig, String code, String reden) {
        conflicten.leg(Zaakconflict.nieuw(gemeente, stand, huidig, code, reden, klok.instant()));
        return Uitkomst.CONFLICT;
    }

    public enum Uitkomst { TOEGEPAST, AL_BEKEND, CONFLICT, GENEGEERD }
}
