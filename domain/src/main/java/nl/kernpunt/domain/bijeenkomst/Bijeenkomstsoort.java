package nl.kernpunt.domain.bijeenkomst;

/** The kinds of meeting the sources name [002, 004]; anything else is {@code ANDERS}. */
public enum Bijeenkomstsoort {
    STARTBIJEENKOMST, BEWONERSAVOND, INLOOPMOMENT, ONLINE_KOFFIEMOMENT, OVERLEGTAFEL, ANDERS
}
