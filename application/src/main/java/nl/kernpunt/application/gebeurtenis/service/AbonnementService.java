package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Abonnement;
import nl.kernpunt.application.gebeurtenis.GeparkeerdeBezorging;
import nl.kernpunt.application.gebeurtenis.Webhookgeheim;
import nl.kernpunt.application.gebeurtenis.port.in.BeheerAbonnementenUseCase;
import nl.kernpunt.application.gebeurtenis.port.out.Abonnementen;
import nl.kernpunt.application.gebeurtenis.port.out.Bezorgingen;
import nl.kernpunt.application.gebeurtenis.port.out.WebhookPort;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.kern.KernId;

/** Webhook subscriptions of the own gemeente; beheerder only. */
@ApplicationScoped
@Transactional
public class AbonnementService implements BeheerAbonnementenUseCase {

    private final Abonnementen abonnementen;
    private final Bezorgingen bezorgingen;
    private final WebhookPort webhooks;
    private final KernRepository kernen;
    private final Clock klok;

    public AbonnementService(Abonnementen abonnementen, Bezorgingen bezorgingen, WebhookPort webhooks,
                             KernRepository kernen, Clock klok) {
        this.abonnementen = abonnementen;
        this.bezorgingen = bezorgingen;
        this.webhooks = webhooks;
        this.kernen = kernen;
        this.klok = klok;
    }

    @Override
    public Abonnement neemAf(Gebruiker gebruiker, String url, Set<String> typen, Optional<UUID> kern) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        URI adres = adres(url);
        webhooks.weigering(adres).ifPresent(reden -> {
            throw new OngeldigeWaarde("url", "url-niet-toegestaan", reden);
        });
        typen.forEach(type -> {
            try {
                GebeurtenisQueryService.vereisBekendType(type);
            } catch (OngeldigeWaarde e) {
                throw new OngeldigeWaarde("typen", "type-onbekend", "'" + type + "' is geen gebeurtenistype uit de catalogus");
            }
        });
        kern.ifPresent(id -> kernen.vind(new KernId(id)).filter(k -> gebruiker.hoortBij(k.getGemeente()))
                .orElseThrow(() -> new OngeldigeWaarde("kern", "kern-onbekend", "is geen kern van uw gemeente")));
        Abonnement abonnement = new Abonnement(UUID.randomUUID(), gebruiker.gemeente(), adres, typen, kern,
                Webhookgeheim.nieuw(), klok.instant());
        abonnementen.voegToe(abonnement);
        return abonnement;
    }

    @Override
    public List<Abonnement> lijst(Gebruiker gebruiker) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        return abonnementen.van(gebruiker.gemeente());
    }

    @Override
    public Abonnement lees(Gebruiker gebruiker, UUID id) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        return abonnementen.vind(gebruiker.gemeente(), id).orElseThrow(() -> new NietGevonden("abonnement", id));
    }

    @Override
    public void zegOp(Gebruiker gebruiker, UUID id) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        if (!abonnementen.verwijder(gebruiker.gemeente(), id)) {
            throw new NietGevonden("abonnement", id);
        }
    }

    @Override
    public List<GeparkeerdeBezorging> geparkeerd(Gebruiker gebruiker) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        return bezorgingen.geparkeerd(gebruiker.gemeente());
    }

    @Override
    public void bezorgOpnieuw(Gebruiker gebruiker, UUID bezorging) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        if (!bezorgingen.hervat(gebruiker.gemeente(), bezorging, klok.instant())) {
            throw new NietGevonden("bezorging", bezorging);
        }
    }

    /** An absolute http(s) URL with a host; where it may point is the port's rule. */
    private static URI adres(String url) {
        try {
            URI adres = new URI(url);
            String schema = adres.getScheme() == null ? "" : adres.getScheme().toLowerCase(Locale.ROOT);
            if ((schema.equals("http") || schema.equals("https")) && adres.getHost() != null
                    && adres.getRawUserInfo() == null && adres.getRawFragment() == null) {
                return adres;
            }
        } catch (URISyntaxException e) {
            // the same answer as any other malformed URL below
        }
        throw new OngeldigeWaarde("url", "url-ongeldig", "moet een absolute http- of https-URL zijn, zonder gebruikersnaam of fragment");
    }
}
