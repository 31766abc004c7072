package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.application.gebeurtenis.port.in.MeldVerlopenTermijnenUseCase;
import nl.kernpunt.application.gebeurtenis.port.out.Termijnmeldingen;
import nl.kernpunt.application.gebeurtenis.port.out.Termijnmeldingen.Verlopen;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;

/**
 * Notices the terms that ran out. Nobody acts at that moment, so this round writes the audit line
 * (and through the catalogue the event) itself, in the transaction of the claim that marks the item
 * reported: an item is reported once, or, when the transaction fails, not at all and again next round.
 */
@ApplicationScoped
@Transactional
public class Termijnbewaking implements MeldVerlopenTermijnenUseCase {

    /** {@code door} of these lines: the system, not a person. */
    public static final String DOOR = "kernpunt";
    /** Items per kind per round; the rest follow in the next rounds, so one transaction stays short. */
    static final int PER_RONDE = 200;

    private final Termijnmeldingen meldingen;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public Termijnbewaking(Termijnmeldingen meldingen, Auditspoor auditspoor, Clock klok) {
        this.meldingen = meldingen;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public int meldVerlopen() {
        Instant nu = klok.instant();
        List<Verlopen> vragen = meldingen.claimVerlopenVragen(nu, PER_RONDE);
        vragen.forEach(v -> leg(v, Auditsoort.VRAAG, "termijn-verlopen", nu));
        List<Verlopen> bijeenkomsten = meldingen.claimVerlopenTerugkoppelingen(Bijeenkomst.vandaag(klok), PER_RONDE);
        bijeenkomsten.forEach(b -> leg(b, Auditsoort.BIJEENKOMST, "terugkoppeling-verlopen", nu));
        return vragen.size() + bijeenkomsten.size();
    }

    private void leg(Verlopen item, String soort, String actie, Instant nu) {
        Map<String, String> gegevens = new HashMap<>();
        gegevens.put("termijn", item.termijn());
        if (item.kern() != null) {
            gegevens.put("kern", item.kern().toString());
        }
        auditspoor.leg(Auditregel.van(item.gemeente(), soort, item.id(), nu, DOOR, actie, gegevens));
    }
}
