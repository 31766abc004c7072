package nl.kernpunt.application.vraag.port.in;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.vraag.Vraag;
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

    /**
     * One action on the question the user read at {@code verwachteVersie}, carrying exactly what that
     * action needs; each checks its own input when made, so a command that exists is complete.
     */
    sealed interface Command permits Doorzetten, Procesantwoord, Hervatten, MetToelichting {

        Gebruiker gebruiker();

        VraagId vraag();

        long verwachteVersie();

        Actie actie();

        /** Carries the action out; the question decides whether its status allows it. */
        void pasToeOp(Vraag vraag, String door, Clock klok);

        /** What the audit line records besides the move, in order; never the resident's personal data. */
        Map<String, String> auditgegevens();
    }

    /** An action whose one input is its toelichting, which the history and the audit line keep. */
    sealed interface MetToelichting extends Command permits Beantwoorden, WachtOpInwoner, Sluiten {

        String toelichting();

        @Override
        default Map<String, String> auditgegevens() {
            return Map.of("toelichting", toelichting());
        }
    }

    /**
     * Hands the question to the colleague who must answer it. The question's history names them
     * (correctable); the append-only trail only records that it was handed on (docs/adr/0018).
     */
    record Doorzetten(Gebruiker gebruiker, VraagId vraag, long verwachteVersie, Contactpersoon behandelaar)
            implements Command {

        public Doorzetten {
            vereisVraag(gebruiker, vraag);
            Invoer.nietNull("behandelaar", behandelaar);
        }

        @Override
        public Actie actie() {
            return Actie.DOORZETTEN;
        }

        @Override
        public void pasToeOp(Vraag vraag, String door, Clock klok) {
            vraag.zetDoor(behandelaar, door, klok);
        }

        @Override
        public Map<String, String> auditgegevens() {
            return Map.of();
        }
    }

    /**
     * Tells the resident who handles the question and when the answer comes; {@code behandelaar} may be
     * absent when the question was handed to one already (the question checks that, 004 E).
     */
    record Procesantwoord(Gebruiker gebruiker, VraagId vraag, long verwachteVersie, String toelichting,
                          LocalDate verwachtAntwoordOp, Contactpersoon behandelaar) implements Command {

        public Procesantwoord {
            vereisVraag(gebruiker, vraag);
            Invoer.nietNull("verwachtAntwoordOp", verwachtAntwoordOp);
            toelichting = Invoer.verplicht("toelichting", toelichting, 2000);
        }

        @Override
        public Actie actie() {
            return Actie.PROCESANTWOORD;
        }

        @Override
        public void pasToeOp(Vraag vraag, String door, Clock klok) {
            vraag.geefProcesantwoord(toelichting, verwachtAntwoordOp, behandelaar, door, klok);
        }

        /** The behandelaar is a work contact, recorded when this answer names one. */
        @Override
        public Map<String, String> auditgegevens() {
            Map<String, String> gegevens = new LinkedHashMap<>();
            if (behandelaar != null) {
                gegevens.put("behandelaar", behandelaar.naam());
            }
            gegevens.put("verwachtAntwoordOp", verwachtAntwoordOp.toString());
            gegevens.put("toelichting", toelichting);
            return gegevens;
        }
    }

    record Beantwoorden(Gebruiker gebruiker, VraagId vraag, long verwachteVersie, String toelichting)
            implements MetToelichting {

        public Beantwoorden {
            vereisVraag(gebruiker, vraag);
            toelichting = Invoer.verplicht("toelichting", toelichting, 2000);
        }

        @Override
        public Actie actie() {
            return Actie.BEANTWOORDEN;
        }

        @Override
        public void pasToeOp(Vraag vraag, String door, Clock klok) {
            vraag.beantwoord(toelichting, door, klok);
        }
    }

    /** The resident must react first: the clock stops until {@link Hervatten}. */
    record WachtOpInwoner(Gebruiker gebruiker, VraagId vraag, long verwachteVersie, String toelichting)
            implements MetToelichting {

        public WachtOpInwoner {
            vereisVraag(gebruiker, vraag);
            toelichting = Invoer.verplicht("toelichting", toelichting, 2000);
        }

        @Override
        public Actie actie() {
            return Actie.WACHT_OP_INWONER;
        }

        @Override
        public void pasToeOp(Vraag vraag, String door, Clock klok) {
            vraag.wachtOpInwoner(toelichting, door, klok);
        }
    }

    record Hervatten(Gebruiker gebruiker, VraagId vraag, long verwachteVersie) implements Command {

        public Hervatten {
            vereisVraag(gebruiker, vraag);
        }

        @Override
        public Actie actie() {
            return Actie.HERVATTEN;
        }

        @Override
        public void pasToeOp(Vraag vraag, String door, Clock klok) {
            vraag.hervat(door, klok);
        }

        @Override
        public Map<String, String> auditgegevens() {
            return Map.of();
        }
    }

    record Sluiten(Gebruiker gebruiker, VraagId vraag, long verwachteVersie, String toelichting) implements MetToelichting {

        public Sluiten {
            vereisVraag(gebruiker, vraag);
            toelichting = Invoer.verplicht("toelichting", toelichting, 2000);
        }

        @Override
        public Actie actie() {
            return Actie.SLUITEN;
        }

        @Override
        public void pasToeOp(Vraag vraag, String door, Clock klok) {
            vraag.sluit(toelichting, door, klok);
        }
    }

    private static void vereisVraag(Gebruiker gebruiker, VraagId vraag) {
        Objects.requireNonNull(gebruiker, "gebruiker");
        Objects.requireNonNull(vraag, "vraag");
    }
}
