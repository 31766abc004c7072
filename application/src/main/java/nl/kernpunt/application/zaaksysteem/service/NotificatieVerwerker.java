package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.application.zaaksysteem.port.in.VerwerkNotificatiesUseCase;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakNotificaties;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;

/**
 * Processes received notifications after the webhook answered: fetches the new status from the
 * case system (no transaction open) and hands it to {@link ZaakstatusService}. A fetch that fails
 * for now is tried again next round; one the case system refuses is set aside as processed, the
 * periodic reconciliation being the backstop for what it would have said.
 */
@ApplicationScoped
public class NotificatieVerwerker implements VerwerkNotificatiesUseCase {

    private static final int BATCH = 100;

    private final ZaakNotificatieService notificaties;
    private final ZaakstatusService zaakstatus;
    private final ZaakRegistratiePort zaaksysteem;

    public NotificatieVerwerker(ZaakNotificatieService notificaties, ZaakstatusService zaakstatus,
                                ZaakRegistratiePort zaaksysteem) {
        this.notificaties = notificaties;
        this.zaakstatus = zaakstatus;
        this.zaaksysteem = zaaksysteem;
    }

    @Override
    public int verwerk() {
        int verwerkt = 0;
        for (ZaakNotificaties.Ontvangen ontvangen : notificaties.onverwerkt(BATCH)) {
            try {
                Optional<Zaakstand> stand = ontvangen.notificatie().isNieuweStatus()
                        ? zaaksysteem.leesStatus(ontvangen.gemeente(), ontvangen.notificatie().resourceUrl())
                        : Optional.empty();
                zaakstatus.verwerk(ontvangen, stand);
                verwerkt++;
            } catch (ZaaksysteemFout fout) {
                if (!fout.isTijdelijk()) {
                    zaakstatus.verwerk(ontvangen, Optional.empty());
                    verwerkt++;
                }
            }
        }
        return verwerkt;
    }
}
