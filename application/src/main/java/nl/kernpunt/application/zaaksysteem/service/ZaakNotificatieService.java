package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.zaaksysteem.port.in.OntvangNotificatieUseCase;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakNotificaties;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;

/**
 * Receiving notifications: only stored (a duplicate is ignored by its key), so the webhook answers
 * at once; {@link NotificatieVerwerker} fetches and applies them afterwards.
 */
@ApplicationScoped
@Transactional
public class ZaakNotificatieService implements OntvangNotificatieUseCase {

    private final ZaakNotificaties notificaties;
    private final ZaakRegistratiePort zaaksysteem;
    private final Clock klok;

    public ZaakNotificatieService(ZaakNotificaties notificaties, ZaakRegistratiePort zaaksysteem, Clock klok) {
        this.notificaties = notificaties;
        this.zaaksysteem = zaaksysteem;
        this.klok = klok;
    }

    @Override
    public void ontvang(OntvangNotificatieUseCase.Command command) {
        if (command.token() == null || !zaaksysteem.vertrouwtNotificatie(command.gemeente(), command.token())) {
            throw new GeenToegang("notificatie-token-ongeldig", "deze notificatie komt niet van het zaaksysteem van de gemeente");
        }
        notificaties.ontvang(command.gemeente(), command.notificatie(), klok.instant());
    }

    public List<ZaakNotificaties.Ontvangen> onverwerkt(int max) {
        return notificaties.onverwerkt(max);
    }

    public void verwerkt(ZaakNotificaties.Ontvangen ontvangen) {
        notificaties.verwerkt(ontvangen.notificatie(), klok.instant());
    }
}
