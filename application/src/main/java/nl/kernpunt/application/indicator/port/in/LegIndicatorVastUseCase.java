package nl.kernpunt.application.indicator.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.IndicatorId;
import nl.kernpunt.domain.indicator.Meting;

/** Defines a monitored figure, corrects it (with the version read) and adds its measurements. */
public interface LegIndicatorVastUseCase {

    GelezenIndicator maak(MaakCommand command);

    GelezenIndicator wijzig(WijzigCommand command);

    GelezenIndicator voegMetingToe(MetingCommand command);

    record MaakCommand(Gebruiker gebruiker, IndicatorGegevens gegevens) {
    }

    record WijzigCommand(Gebruiker gebruiker, IndicatorId indicator, long verwachteVersie, IndicatorGegevens gegevens) {
    }

    /** {@code meting.door} is set from the user. */
    record MetingCommand(Gebruiker gebruiker, IndicatorId indicator, Meting meting) {
    }
}
