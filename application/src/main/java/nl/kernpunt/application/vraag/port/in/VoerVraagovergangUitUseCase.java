package nl.kernpunt.application.vraag.port.in;

import java.time.LocalDate;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.Contactpersoon;
import nl.kernpunt.domain.vraag.VraagId;

public interface VoerVraagovergangUitUseCase {

    GelezenVraag voerUit(Command command);

    /** What is done with the question; resuming is no target status, so the actions are named, not the states. */
    enum Actie {
        DOORZETTEN, PROCESANTWOORD, BEANTWOORDEN, WACHT_OP_INWONER, HERVATTEN, SLUITEN;

        public String extern() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** {@code behandelaar} only for doorzetten, {@code verwachtAntwoordOp} only for a procesantwoord. */
    record Command(Gebruiker gebruiker, VraagId vraag, long verwachteVersie, Actie actie, Contactpersoon behandelaar,
                   String toelichting, LocalDate verwachtAntwoordOp) {
    }
}
