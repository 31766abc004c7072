package nl.kernpunt.application.bedrijfsvoering.port.in;

import java.util.Map;
import nl.kernpunt.application.bedrijfsvoering.Bedrijfscijfers;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The operational figures of every gemeente, for metrics and health; not tied to a user. */
public interface BedrijfscijfersQuery {

    Map<Gemeentecode, Bedrijfscijfers> perGemeente();
}
