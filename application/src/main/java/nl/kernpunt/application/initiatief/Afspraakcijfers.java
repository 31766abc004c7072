package nl.kernpunt.application.initiatief;

/**
 * The monitoring section on agreements whose due date lies in the period: kept, not kept, overdue
 * (open, due before today) and running (open, due today or later).
 */
public record Afspraakcijfers(long nagekomen, long nietNagekomen, long verlopen, long lopend) {

    public long totaal() {
        return nagekomen + nietNagekomen + verlopen + lopend;
    }
}
