package nl.kernpunt.domain.kern;

/** The per-kern communication toolbox (Uitvoeringsplan): how this kern is reached. */
public enum KanaalType {
    LICHTKRANT,
    DORPSKRANT,
    /** A neighbourhood watch group's app group; its name, never its members' numbers [000 §3.2.3]. */
    WHATSAPP_GROEP,
    /** Volunteers who signal unsafe situations with gemeente, welfare work and police [000 §3.2.3]. */
    SIGNALERINGSGROEP,
    FACEBOOK_PAGINA,
    WEBSITE,
    NIEUWSBRIEF,
    BEWONERSVERENIGING,
    HULPPUNT,
    ANDERS
}
