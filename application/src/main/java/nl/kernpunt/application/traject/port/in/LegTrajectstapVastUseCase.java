package nl.kernpunt.application.traject.port.in;

import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.traject.Afweging;
import nl.kernpunt.domain.traject.Betrokkenen;
import nl.kernpunt.domain.traject.Communicatieplan;
import nl.kernpunt.domain.traject.Evaluatie;
import nl.kernpunt.domain.traject.Middelen;
import nl.kernpunt.domain.traject.Niveaubepaling;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Stap;
import nl.kernpunt.domain.traject.TrajectId;

/** Records (or re-records) the outcome of one of the six steps. */
public interface LegTrajectstapVastUseCase {

    GelezenTraject legVast(Command command);

    record Command(Gebruiker gebruiker, TrajectId traject, long verwachteVersie, Uitkomst uitkomst) {
    }

    /** One typed outcome per step, so a step can only be given the data that belongs to it. */
    sealed interface Uitkomst {
        Stap stap();
    }

    record AfwegingUitkomst(Afweging afweging) implements Uitkomst {
        public Stap stap() {
            return Stap.AFWEGING;
        }
    }

    record BetrokkenenUitkomst(Betrokkenen betrokkenen) implements Uitkomst {
        public Stap stap() {
            return Stap.BETROKKENEN;
        }
    }

    record NiveauUitkomst(Participatieniveau niveau, Niveaubepaling bepaling) implements Uitkomst {
        public Stap stap() {
            return Stap.NIVEAU;
        }
    }

    record CommunicatieplanUitkomst(Communicatieplan communicatieplan) implements Uitkomst {
        public Stap stap() {
            return Stap.COMMUNICATIEPLAN;
        }
    }

    record MiddelenUitkomst(Middelen middelen) implements Uitkomst {
        public Stap stap() {
            return Stap.MIDDELEN;
        }
    }

    record EvaluatieUitkomst(Evaluatie evaluatie) implements Uitkomst {
        public Stap stap() {
            return Stap.EVALUATIE;
        }
    }
}
