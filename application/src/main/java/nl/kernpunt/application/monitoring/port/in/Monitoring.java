package nl.kernpunt.application.monitoring.port.in;

import java.math.BigDecimal;
import java.util.List;
import nl.kernpunt.application.begroting.Begrotingscijfers;
import nl.kernpunt.application.bijeenkomst.Bijeenkomstcijfers;
import nl.kernpunt.application.bijeenkomst.Overlegtafelcijfers;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.indicator.Leefbaarometerstand;
import nl.kernpunt.application.initiatief.Afspraakcijfers;
import nl.kernpunt.application.initiatief.Initiatiefcijfers;
import nl.kernpunt.application.kern.Kerncijfers;
import nl.kernpunt.application.subsidie.Subsidiecijfers;
import nl.kernpunt.application.traject.Rapportcijfers;
import nl.kernpunt.application.traject.Trajectcijfers;
import nl.kernpunt.application.vraag.Vraagcijfers;
import nl.kernpunt.domain.gemeente.Streefcijfers;

/**
 * The monitoring figures of one scope: one section per repository that counts. The kernen with a
 * kernagenda are counted by the kernagenda slice but shown in the kernen section, against its total.
 * The gemeente's targets are shown next to the figures they are for.
 */
public record Monitoring(Monitoringbereik bereik, Initiatiefcijfers initiatieven, Afspraakcijfers afspraken,
                         Trajectcijfers participatietrajecten, Kerncijfers kernen, long kernenMetKernagenda,
                         Vraagcijfers vragen, Bijeenkomstcijfers bijeenkomsten, List<Subsidiecijfers> subsidies,
                         List<Begrotingscijfers> begrotingsrondes, Rapportcijfers rapportcijfers,
                         Leefbaarometerstand leefbaarometer, Overlegtafelcijfers overlegtafels,
                         Streefcijfers streefcijfers) {

    /** These figures with today's passed deadlines added: the one figure that moves with the clock within a day. */
    public Monitoring metVandaagVerlopen(long vandaagVerlopen) {
        return new Monitoring(bereik, initiatieven, afspraken, participatietrajecten, kernen, kernenMetKernagenda,
                vragen.metOpenVerlopen(vandaagVerlopen), bijeenkomsten, subsidies, begrotingsrondes, rapportcijfers,
                leefbaarometer, overlegtafels, streefcijfers);
    }

    /** Null without kernen; the agenda count only counts kernen that are not archived, as the total does. */
    public BigDecimal percentageKernenMetKernagenda() {
        return Aantallen.percentage(kernenMetKernagenda, kernen.totaal());
    }

    /** Next to its percentage, so absent where that is (no kernen). */
    public BigDecimal doelPercentageKernenMetKernagenda() {
        return percentageKernenMetKernagenda() == null ? null : streefcijfers.getWaarden().percentageKernenMetKernagenda();
    }

    /** The average mark next to its target (002: at least a 7), absent without marks. */
    public BigDecimal doelMinimaalRapportcijfer() {
        return rapportcijfers.gemiddelde() == null ? null : streefcijfers.getWaarden().minimaalRapportcijfer();
    }

    public BigDecimal doelPercentageGebiedenMetOverlegtafel() {
        return overlegtafels.percentageMetOverlegtafel() == null ? null
                : streefcijfers.getWaarden().percentageGebiedenMetOverlegtafel();
    }

    public BigDecimal doelMinimaleLeefbaarometer() {
        return leefbaarometer.perKern().isEmpty() ? null : streefcijfers.getWaarden().minimaleLeefbaarometer();
    }
}
