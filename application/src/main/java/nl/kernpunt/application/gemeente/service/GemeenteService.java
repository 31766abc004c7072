package nl.kernpunt.application.gemeente.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.port.in.GelezenGemeente;
import nl.kernpunt.application.gemeente.port.in.RegistreerGemeenteUseCase;
import nl.kernpunt.application.gemeente.port.in.WijzigGemeenteUseCase;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;

@ApplicationScoped
@Transactional
public class GemeenteService implements RegistreerGemeenteUseCase, WijzigGemeenteUseCase {

    private final GemeenteRepository gemeenten;
    private final Clock klok;

    public GemeenteService(GemeenteRepository gemeenten, Clock klok) {
        this.gemeenten = gemeenten;
        this.klok = klok;
    }

    @Override
    public GelezenGemeente registreer(RegistreerGemeenteUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER);
        if (!command.gebruiker().hoortBij(command.code())) {
            throw new GeenToegang("andere-gemeente", "een beheerder registreert alleen de eigen gemeente ("
                    + command.gebruiker().gemeente() + ")");
        }
        if (gemeenten.bestaat(command.code())) {
            throw new RegelGeschonden("gemeente-bestaat-al", "gemeente " + command.code() + " is al geregistreerd");
        }
        return GelezenGemeente.volledig(gemeenten.voegToe(Gemeente.registreer(command.code(), command.naam(),
                command.rsin(), command.instellingen(), klok)));
    }

    @Override
    public GelezenGemeente wijzig(WijzigGemeenteUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER);
        Gemeente gemeente = gemeenten.vind(command.code())
                .filter(g -> command.gebruiker().hoortBij(g.getCode()))
                .orElseThrow(() -> new NietGevonden("gemeente", command.code()));
        VersieVerouderd.controleer("gemeente", command.code(), command.verwachteVersie(), gemeente.getVersie());
        gemeente.wijzig(command.naam(), command.rsin(), command.instellingen(), klok);
        return GelezenGemeente.volledig(gemeenten.bewaar(gemeente));
    }
}
