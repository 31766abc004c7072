package nl.kernpunt.application.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.GeregistreerdeGemeente;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.monitoring.port.in.StelStreefcijfersVastUseCase;
import nl.kernpunt.application.monitoring.port.in.StreefcijfersQuery;
import nl.kernpunt.application.monitoring.port.out.StreefcijferRepository;
import nl.kernpunt.domain.gemeente.Streefcijfers;

/**
 * A gemeente's monitoring targets. Reading never stores anything, so a gemeente that never changed
 * them reads West Betuwe's at version 0; the first change stores those and changes them.
 */
@ApplicationScoped
@Transactional
public class StreefcijferService implements StreefcijfersQuery, StelStreefcijfersVastUseCase {

    private final StreefcijferRepository streefcijfers;
    private final GemeenteRepository gemeenten;
    private final Clock klok;

    public StreefcijferService(StreefcijferRepository streefcijfers, GemeenteRepository gemeenten, Clock klok) {
        this.streefcijfers = streefcijfers;
        this.gemeenten = gemeenten;
        this.klok = klok;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Streefcijfers lees(Gebruiker lezer) {
        return streefcijfers.van(lezer.gemeente(), klok);
    }

    @Override
    public Streefcijfers stelVast(Command command) {
        Gebruiker gebruiker = command.gebruiker();
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        GeregistreerdeGemeente.vereis(gemeenten, gebruiker.gemeente());
        streefcijfers.voegToeAlsNieuw(Streefcijfers.standaard(gebruiker.gemeente(), klok));
        Streefcijfers huidige = streefcijfers.vind(gebruiker.gemeente()).orElseThrow();
        VersieVerouderd.controleer("streefcijfers", gebruiker.gemeente().waarde(), command.verwachteVersie(),
                huidige.getVersie());
        huidige.wijzig(command.waarden(), klok);
        return streefcijfers.bewaar(huidige);
    }
}
