package nl.kernpunt.application.port.in;

import java.util.List;
import nl.kernpunt.application.port.out.Afspraakcijfers;
import nl.kernpunt.application.port.out.Initiatiefcijfers;
import nl.kernpunt.application.port.out.Kerncijfers;
import nl.kernpunt.application.port.out.Monitoringbereik;
import nl.kernpunt.application.port.out.Subsidiecijfers;
import nl.kernpunt.application.port.out.Trajectcijfers;

/** The monitoring figures of one scope: one section per repository that counts. */
public record Monitoring(Monitoringbereik bereik, Initiatiefcijfers initiatieven, Afspraakcijfers afspraken,
                         Trajectcijfers participatietrajecten, Kerncijfers kernen,
                         List<Subsidiecijfers> subsidies) {
}
