package nl.kernpunt.application.port.in;

import java.math.BigDecimal;
import java.util.List;
import nl.kernpunt.application.port.out.Aantallen;
import nl.kernpunt.application.port.out.Afspraakcijfers;
import nl.kernpunt.application.port.out.Bijeenkomstcijfers;
import nl.kernpunt.application.port.out.Initiatiefcijfers;
import nl.kernpunt.application.port.out.Kerncijfers;
import nl.kernpunt.application.port.out.Monitoringbereik;
import nl.kernpunt.application.port.out.Subsidiecijfers;
import nl.kernpunt.application.port.out.Trajectcijfers;
import nl.kernpunt.application.port.out.Vraagcijfers;

/**
 * The monitoring figures of one scope: one section per repository that counts. The kernen with a
 * kernagenda are counted by the kernagenda slice but shown in the kernen section, against its total.
 */
public record Monitoring(Monitoringbereik bereik, Initiatiefcijfers initiatieven, Afspraakcijfers afspraken,
                         Trajectcijfers participatietrajecten, Kerncijfers kernen, long kernenMetKernagenda,
                         Vraagcijfers vragen, Bijeenkomstcijfers bijeenkomsten, List<Subsidiecijfers> subsidies) {

    /** Null without kernen; the agenda count only counts kernen that are not archived, as the total does. */
    public BigDecimal percentageKernenMetKernagenda() {
        return Aantallen.percentage(kernenMetKernagenda, kernen.totaal());
    }
}
