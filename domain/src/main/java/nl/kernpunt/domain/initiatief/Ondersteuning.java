package nl.kernpunt.domain.initiatief;

/** What the initiators ask of the gemeente. */
public enum Ondersteuning {
    GELD,
    KENNIS,
    BELEIDSRUIMTE,
    VAST_AANSPREEKPUNT,
    NETWERK,
    FACILITEITEN
}
