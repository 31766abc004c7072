package nl.kernpunt.application.gedeeld.verwerking;

import java.util.List;

/** A result that gathers records of several kinds, each of which the processing log counts. */
public interface Verzameling {

    List<Persoonsgegevens> persoonsgegevens();
}
