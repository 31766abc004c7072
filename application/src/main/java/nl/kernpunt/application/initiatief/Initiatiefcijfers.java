package nl.kernpunt.application.initiatief;

import java.util.Map;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Rol;

/**
 * The monitoring section on initiatives: those submitted in the period, by their current status
 * and current Rol ({@code zonderRol}: no Rol decided yet). Every status and Rol is present.
 */
public record Initiatiefcijfers(long gestart, Map<InitiatiefStatus, Long> perStatus, Map<Rol, Long> perRol,
                                long zonderRol) {

    public Initiatiefcijfers {
        perStatus = Aantallen.perWaarde(InitiatiefStatus.class, perStatus);
        perRol = Aantallen.perWaarde(Rol.class, perRol);
    }
}
