package nl.kernpunt.application.gedeeld.verwerking;

import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The register of processing activities: the gemeente's own line for a code, or the default one. */
public interface Verwerkingsregister {

    /** Throws if the code is in no register: a use case may not process personal data without one. */
    Verwerkingsactiviteit activiteit(Gemeentecode gemeente, String code);
}
