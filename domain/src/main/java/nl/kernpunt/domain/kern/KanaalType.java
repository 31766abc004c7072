package nl.kernpunt.domain.kern;

/** The per-kern communication toolbox (Uitvoeringsplan): how this kern is reached. */
public enum KanaalType {
    LICHTKRANT,
    DORPSKRANT,
    WHATSAPP_GROEP,
    FACEBOOK_PAGINA,
    WEBSITE,
    NIEUWSBRIEF,
    BEWONERSVERENIGING,
    HULPPUNT,
    ANDERS
}
