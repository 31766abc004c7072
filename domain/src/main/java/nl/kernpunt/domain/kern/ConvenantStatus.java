package nl.kernpunt.domain.kern;

public enum ConvenantStatus {
    GEEN,
    IN_VOORBEREIDING,
    AFGESLOTEN,
    BEEINDIGD
}
