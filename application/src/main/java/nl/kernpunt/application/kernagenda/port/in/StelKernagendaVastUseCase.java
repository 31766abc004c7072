package nl.kernpunt.application.kernagenda.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Feit;
import nl.kernpunt.domain.kernagenda.Thema;

/** Replaces a kern's agreed themes, or its canvas; a kern without either starts at version 0. */
public interface StelKernagendaVastUseCase {

    GelezenKernagenda stelThemasVast(ThemasCommand command);

    GelezenKernagenda stelCanvasVast(CanvasCommand command);

    record ThemasCommand(Gebruiker gebruiker, KernId kern, long verwachteVersie, List<Thema> themas) {
    }

    record CanvasCommand(Gebruiker gebruiker, KernId kern, long verwachteVersie, List<Feit> feiten) {
    }
}
