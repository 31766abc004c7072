package nl.kernpunt.application.zaaksysteem.port.in;

/** Compares the open items with their zaken and repairs the drift; driven by a schedule, not by a user. */
public interface ReconcilieerZakenUseCase {

    Verslag reconcilieer();

    /** What a run found and did. */
    final class Verslag {
        public int vergeleken;
        public int opnieuwGeregistreerd;
        public int hervat;
        public int overgenomen;
        public int bijgewerkt;
        public int conflicten;
        public int onbereikbaar;

        @Override
        public String toString() {
            return "vergeleken " + vergeleken + ", opnieuw geregistreerd " + opnieuwGeregistreerd + ", hervat " + hervat
                    + ", overgenomen " + overgenomen + ", bijgewerkt " + bijgewerkt + ", conflicten " + conflicten
                    + ", onbereikbaar " + onbereikbaar;
        }
    }
}
