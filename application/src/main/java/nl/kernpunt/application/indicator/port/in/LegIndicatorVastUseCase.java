package nl.kernpunt.application.indicator.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.IndicatorId;
import nl.kernpunt.domain.indicator.Meting;

/** Defines a monitored figure, corrects it (with the version read) and adds its measurements. */
public interface LegIndicatorVastUseCase {

    Indicator maak(MaakCommand command);

    Indicator wijzig(WijzigCommand command);

    Indicator voegMetingToe(MetingCommand command);

    record MaakCommand(Gebruiker gebruiker, IndicatorGegevens gegevens) {
    }

    record WijzigCommand(Gebruiker gebruiker, IndicatorId indicator, long verwachteVersie, IndicatorGegevens gegevens) {
    }

    /** {@code meting.door} is set from the user. */
    record MetingCommand(Gebruiker gebruiker, IndicatorId indicator, Meting meting) {
    }
}
