package nl.kernpunt.application.gedeeld.verwerking;

/** One line of the gemeente's register of processing activities (AVG art. 30). */
public record Verwerkingsactiviteit(String code, String naam, String grondslag) {
}
