package nl.kernpunt.application.gedeeld.idempotentie;

/** The first response to an idempotent request, replayed for every repetition. */
public record OpgeslagenAntwoord(int status, String locatie, String etag, String inhoud) {
}
