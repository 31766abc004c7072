package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderingen;
import nl.kernpunt.application.initiatief.Intrekking;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.initiatief.service.InitiatiefService;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Actie;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.application.vraag.service.VraagService;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakConflicten;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakNotificaties;
import nl.kernpunt.domain.gedeeld.DomeinFout;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;
import nl.kernpunt.domain.vraag.VraagStatus;

/**
 * Takes over a status set in the case system, through the same domain rules as a change made here.
 * What the rules refuse becomes a {@link Zaakconflict} for a person; it is never dropped. A status we
 * already have or had is our own change coming back, and changes nothing. An initiative moves with
 * {@link Initiatief#gaNaar}, a question with {@link Vraag#neemStatusOver}.
 */
@ApplicationScoped
@Transactional
public class ZaakstatusService {

    static final String DOOR = "zaaksysteem";

    private final InitiatiefRepository initiatieven;
    private final VraagRepository vragen;
    private final ZaakConflicten conflicten;
    private final ZaakNotificaties notificaties;
    private final Auditspoor auditspoor;
    private final Verwijderingen verwijderingen;
    private final Clock klok;

    public ZaakstatusService(InitiatiefRepository initiatieven, VraagRepository vragen, ZaakConflicten conflicten,
                             ZaakNotificaties notificaties, Auditspoor auditspoor, Verwijderingen verwijderingen,
                             Clock klok) {
        this.initiatieven = initiatieven;
        this.verwijderingen = verwijderingen;
        this.vragen = vragen;
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
        return stand.zaak().soort() == Zaaksoort.VRAAG ? pasToeOpVraag(gemeente, stand)
                : pasToeOpInitiatief(gemeente, stand);
    }

    private Uitkomst pasToeOpInitiatief(Gemeentecode gemeente, Zaakstand stand) {
        Optional<Initiatief> gevonden = initiatieven.vind(new InitiatiefId(stand.zaak().bron()))
                .filter(i -> i.getGemeente().equals(gemeente));
        if (gevonden.isEmpty()) {
            return conflict(gemeente, stand, null, "zaak-zonder-item", "er is geen initiatief bij deze zaak");
        }
        Initiatief initiatief = gevonden.get();
        if (stand.status() == null) {
            return statustypeOnbekend(gemeente, stand, initiatief.getStatus().extern());
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
            return conflict(gemeente, stand, van.extern(), fout.code(), reden(fout));
        }
        Intrekking.meldNaStatuswijziging(initiatief, verwijderingen);
        Map<String, String> gegevens = statusgegevens(van.extern(), naar.extern(), "reden", stand.toelichting());
        auditspoor.leg(Auditregel.van(gemeente, Auditsoort.INITIATIEF, initiatief.getId().waarde(), klok.instant(),
                DOOR, "status-gewijzigd", gegevens));
        initiatieven.bewaar(initiatief);
        return Uitkomst.TOEGEPAST;
    }

    /**
     * A question's statuses recur (hervatten returns to one it had), so our own change coming back is
     * known by its status and its moment, to the second as the case system keeps it.
     */
    private Uitkomst pasToeOpVraag(Gemeentecode gemeente, Zaakstand stand) {
        Optional<Vraag> gevonden = vragen.vind(new VraagId(stand.zaak().bron()))
                .filter(v -> v.getGemeente().equals(gemeente));
        if (gevonden.isEmpty()) {
            return conflict(gemeente, stand, null, "zaak-zonder-item", "er is geen vraag bij deze zaak");
        }
        Vraag vraag = gevonden.get();
        VraagStatus van = vraag.getStatus();
        if (stand.status() == null) {
            return statustypeOnbekend(gemeente, stand, van.extern());
        }
        VraagStatus naar = VraagStatus.valueOf(stand.status().toUpperCase().replace('-', '_'));
        boolean alBekend = van == naar || vraag.getHistorie().stream()
                .anyMatch(o -> o.naar() == naar && zelfdeSeconde(o.op(), stand.gezetOp()));
        if (alBekend) {
            return Uitkomst.AL_BEKEND;
        }
        try {
            vraag.neemStatusOver(naar, stand.toelichting(), DOOR, klok);
        } catch (DomeinFout fout) {
            return conflict(gemeente, stand, van.extern(), fout.code(), reden(fout));
        }
        Map<String, String> gegevens = statusgegevens(van.extern(), naar.extern(), "toelichting", stand.toelichting());
        Actie actie = switch (naar) {
            case BEANTWOORD -> Actie.BEANTWOORDEN;
            case WACHT_OP_INWONER -> Actie.WACHT_OP_INWONER;
            case GESLOTEN -> Actie.SLUITEN;
            // the others are reached only by resuming after a pause
            default -> Actie.HERVATTEN;
        };
        auditspoor.leg(Auditregel.van(gemeente, Auditsoort.VRAAG, vraag.getId().waarde(), klok.instant(), DOOR,
                actie.extern(), gegevens));
        vragen.bewaar(vraag);
        return Uitkomst.TOEGEPAST;
    }

    /** Without a moment from the case system any status we had counts as ours, as for initiatives. */
    private static boolean zelfdeSeconde(Instant onze, Instant gezetOp) {
        return gezetOp == null || onze.truncatedTo(ChronoUnit.SECONDS).equals(gezetOp.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A missing value is named with its field, for the person resolving the conflict. */
    private static String reden(DomeinFout fout) {
        return fout instanceof OngeldigeWaarde ongeldig ? ongeldig.veld() + " " + ongeldig.reden() : fout.getMessage();
    }

    private Uitkomst statustypeOnbekend(Gemeentecode gemeente, Zaakstand stand, String huidig) {
        return conflict(gemeente, stand, huidig, "statustype-onbekend",
                "het statustype " + stand.statustype() + " is niet (eenduidig) aan een status gekoppeld");
    }

    /** What the trail records of a status Join set: from, to, the source, and its note (if any) under {@code sleutel}. */
    private static Map<String, String> statusgegevens(String van, String naar, String sleutel, String toelichting) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("van", van);
        gegevens.put("naar", naar);
        gegevens.put("bron", DOOR);
        if (toelichting != null && !toelichting.isBlank()) {
            gegevens.put(sleutel, toelichting.strip());
        }
        return gegevens;
    }

    private Uitkomst conflict(Gemeentecode gemeente, Zaakstand stand, String huidig, String code, String reden) {
        conflicten.leg(Zaakconflict.nieuw(gemeente, stand, huidig, code, reden, klok.instant()));
        return Uitkomst.CONFLICT;
    }

    public enum Uitkomst { TOEGEPAST, AL_BEKEND, CONFLICT, GENEGEERD }
}
