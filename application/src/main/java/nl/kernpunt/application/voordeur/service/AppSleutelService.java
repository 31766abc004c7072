package nl.kernpunt.application.voordeur.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.voordeur.port.in.BeheerAppSleutelsUseCase;
import nl.kernpunt.application.voordeur.port.out.AppSleutelRepository;
import nl.kernpunt.domain.voordeur.AppSleutel;

/**
 * App keys, for the beheerder of the token's gemeente only; another gemeente's key is reported as
 * missing, like every record of another gemeente (docs/adr/0003). The trail names the key by its
 * id and description, never the key or its hash.
 */
@ApplicationScoped
@Transactional
public class AppSleutelService implements BeheerAppSleutelsUseCase {

    private final AppSleutelRepository appSleutels;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public AppSleutelService(AppSleutelRepository appSleutels, Auditspoor auditspoor, Clock klok) {
        this.appSleutels = appSleutels;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public AppSleutel.Uitgifte geefUit(Gebruiker gebruiker, String omschrijving) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        AppSleutel.Uitgifte uitgifte = AppSleutel.geefUit(gebruiker.gemeente(), omschrijving, klok);
        appSleutels.voegToe(uitgifte.appSleutel());
        audit(uitgifte.appSleutel(), gebruiker, "uitgegeven");
        return uitgifte;
    }

    @Override
    public void trekIn(Gebruiker gebruiker, UUID id) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        AppSleutel sleutel = appSleutels.vind(id).filter(s -> gebruiker.hoortBij(s.getGemeente()))
                .orElseThrow(() -> new NietGevonden("app-sleutel", id));
        if (sleutel.trekIn(klok)) {
            appSleutels.bewaar(sleutel);
            audit(sleutel, gebruiker, "ingetrokken");
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AppSleutel> lijst(Gebruiker gebruiker) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        return appSleutels.vanGemeente(gebruiker.gemeente());
    }

    private void audit(AppSleutel sleutel, Gebruiker door, String actie) {
        auditspoor.leg(Auditregel.van(sleutel.getGemeente(), Auditsoort.APP_SLEUTEL, sleutel.getId(), klok.instant(),
                door, actie, Map.of("omschrijving", sleutel.getOmschrijving())));
    }
}
