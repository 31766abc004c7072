package nl.kernpunt.domain.initiatief;

/**
 * The form of an initiative: organised (a foundation, a village organisation) or not, structural
 * or incidental, and whether residents challenge the gemeente to hand over a task (Right to Challenge).
 */
public record Vorm(boolean georganiseerd, boolean structureel, boolean rightToChallenge) {
}
