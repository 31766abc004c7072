package nl.kernpunt.domain.kernagenda;

public enum Prioriteit {
    HOOG, MIDDEN, LAAG
}
