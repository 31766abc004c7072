package nl.kernpunt.domain.initiatief;

public enum AfspraakStatus {
    OPEN,
    NAGEKOMEN,
    NIET_NAGEKOMEN
}
