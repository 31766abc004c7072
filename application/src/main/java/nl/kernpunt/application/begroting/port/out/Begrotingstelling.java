package nl.kernpunt.application.begroting.port.out;

import java.util.List;
import nl.kernpunt.application.begroting.Begrotingscijfers;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;

/** Counts budget rounds for monitoring, in the database. */
@FunctionalInterface
public interface Begrotingstelling {

    /** Per kern in scope with a round opened in the period, ordered by kern id. */
    List<Begrotingscijfers> tel(Monitoringbereik bereik);
}
