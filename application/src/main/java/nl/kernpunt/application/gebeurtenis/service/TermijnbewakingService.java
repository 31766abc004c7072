package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
public class TermijnbewakingService implements MeldVerlopenTermijnenUseCase {

    /** {@code door} of these lines: the system, not a person. */
    public static final String DOOR = "kernpunt";
    /** Items per kind per round; the rest follow in the next rounds, so one transaction stays short. */
    static final int PER_RONDE = 200;

    private final Termijnmeldingen meldingen;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public TermijnbewakingService(Termijnmeldingen meldingen, Auditspoor auditspoor, Clock klok) {
        this.meldingen = meldingen;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public int meldVerlopen() {
        Instant nu = klok.instant();
        List<Melding> gemeld = new ArrayList<>();
        meldingen.claimVerlopenVragen(nu, PER_RONDE)
                .forEach(v -> gemeld.add(new Melding(v, Auditsoort.VRAAG, "termijn-verlopen")));
        meldingen.claimVerlopenTerugkoppelingen(Bijeenkomst.vandaag(klok), PER_RONDE)
                .forEach(b -> gemeld.add(new Melding(b, Auditsoort.BIJEENKOMST, "terugkoppeling-verlopen")));
        // an event locks its gemeente's feed counter until commit: taking the gemeenten in one order
        // keeps two rounds at once from waiting on each other's counters (a deadlock)
        gemeld.sort(Comparator.comparing(m -> m.item().gemeente().waarde()));
        gemeld.forEach(m -> leg(m, nu));
        return gemeld.size();
    }

    private record Melding(Verlopen item, String soort, String actie) {
    }

    private void leg(Melding melding, Instant nu) {
        Verlopen item = melding.item();
        Map<String, String> gegevens = new HashMap<>();
        gegevens.put("termijn", item.termijn());
        if (item.kern() != null) {
            gegevens.put("kern", item.kern().toString());
        }
        auditspoor.leg(Auditregel.van(item.gemeente(), melding.soort(), item.id(), nu, DOOR, melding.actie(), gegevens));
    }
}
