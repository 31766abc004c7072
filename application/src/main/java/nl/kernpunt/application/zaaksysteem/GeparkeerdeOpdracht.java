package nl.kernpunt.application.zaaksysteem;

import java.util.UUID;

/** An outbox row set aside after a refusal, with the case system's last answer, for a beheerder to look at. */
public record GeparkeerdeOpdracht(UUID id, Zaakopdracht opdracht, int pogingen, String fout) {
}
