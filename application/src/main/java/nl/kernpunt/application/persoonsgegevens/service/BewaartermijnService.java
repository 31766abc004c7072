package nl.kernpunt.application.persoonsgegevens.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.kernpunt.application.gedeeld.verwerking.Handeling;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkingenlogging;
import nl.kernpunt.application.persoonsgegevens.Verwijderd;
import nl.kernpunt.application.persoonsgegevens.port.in.AnonimiseerVerlopenUseCase;
import nl.kernpunt.application.persoonsgegevens.port.out.VerlopenBewaring;
import nl.kernpunt.domain.gedeeld.Contactpersoon;

/**
 * Anonimises what {@link VerlopenBewaring} claims through the erasure's own {@link Anonimisering},
 * everyone the record still names, and marks each claimed record handled. No user asks for it, so
 * the audit line and the processing log (one entry per record) name the job as the actor.
 */
@ApplicationScoped
@Transactional
public class BewaartermijnService implements AnonimiseerVerlopenUseCase {

    static final String SYSTEEM = "systeem (bewaartermijnen)";
    static final String ACTIVITEIT = "bewaartermijnen";

    private static final Predicate<Contactpersoon> NOG_GENOEMD = p -> !p.equals(Contactpersoon.VERWIJDERD);
    private static final Anonimisering.Grond GROND =
            new Anonimisering.Grond(SYSTEEM, "bewaartermijn-verstreken", Map.of());

    private final VerlopenBewaring bewaring;
    private final Anonimisering anonimisering;
    private final Verwerkingenlogging logging;
    private final Clock klok;

    public BewaartermijnService(VerlopenBewaring bewaring, Anonimisering anonimisering, Verwerkingenlogging logging,
                                Clock klok) {
        this.bewaring = bewaring;
        this.anonimisering = anonimisering;
        this.logging = logging;
        this.klok = klok;
    }

    @Override
    public int anonimiseerVerlopen(int max) {
        Instant nu = klok.instant();
        List<Verwijderd> verwijderd = new ArrayList<>();
        var initiatieven = bewaring.claimInitiatieven(nu, max);
        for (var id : initiatieven) {
            anonimisering.initiatief(id, NOG_GENOEMD, GROND).ifPresent(verwijderd::add);
            bewaring.markeer(id, nu);
        }
        var vragen = bewaring.claimVragen(nu, max);
        for (var id : vragen) {
            anonimisering.vraag(id, NOG_GENOEMD, GROND).ifPresent(verwijderd::add);
            bewaring.markeer(id, nu);
        }
        verwijderd.forEach(record -> logging.legVastDoorSysteem(Handeling.VERWIJDEREN, ACTIVITEIT, SYSTEEM, record));
        return Math.max(initiatieven.size(), vragen.size());
    }
}
