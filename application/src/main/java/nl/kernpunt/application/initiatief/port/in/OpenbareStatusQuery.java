package nl.kernpunt.application.initiatief.port.in;

import nl.kernpunt.domain.initiatief.PubliekeReferentie;

/** The public status of an initiative, for anyone with its reference (docs/adr/0026, 0031). */
public interface OpenbareStatusQuery {

    /** Fails with {@code NietGevonden} for an unknown reference. */
    OpenbareStatus openbaar(PubliekeReferentie referentie);
}
