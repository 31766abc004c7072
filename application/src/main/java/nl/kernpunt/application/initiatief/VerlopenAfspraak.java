package nl.kernpunt.application.initiatief;

import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;

/** An overdue agreement with the initiative it belongs to. */
public record VerlopenAfspraak(InitiatiefId initiatief, String titel, KernId kern, Afspraak afspraak) {
}
