package nl.kernpunt.domain.traject;

/** The methods the guide lists, with ANDERS for one it does not. */
public enum Middeltype {
    BEWONERSAVOND,
    DIGITALE_STEMMING,
    ENQUETE,
    BEWONERSPANEL,
    KEUKENTAFELGESPREK,
    INLOOPUUR,
    ONLINE_KOFFIEMOMENT,
    KERNGROEP,
    ANDERS
}
