package nl.kernpunt.application.gedeeld.verwerking;

/** The secret key of the data subjects' pseudonyms, the same for every instance of the service. */
public interface Pseudoniemsleutel {

    byte[] sleutel();
}
