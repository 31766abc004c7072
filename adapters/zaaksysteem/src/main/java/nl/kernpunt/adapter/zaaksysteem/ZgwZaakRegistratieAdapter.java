package nl.kernpunt.adapter.zaaksysteem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.kernpunt.adapter.zaaksysteem.Koppelingen.Koppeling;
import nl.kernpunt.adapter.zaaksysteem.zgw.ZgwPagina;
import nl.kernpunt.adapter.zaaksysteem.zgw.ZgwResultaat;
import nl.kernpunt.adapter.zaaksysteem.zgw.ZgwRol;
import nl.kernpunt.adapter.zaaksysteem.zgw.ZgwStatus;
import nl.kernpunt.adapter.zaaksysteem.zgw.ZgwZaak;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The case system over the ZGW Zaken API 1.5.1. ZGW has no idempotency keys, so every write is
 * preceded by a read of what is there: the zaak by its deterministic identificatie (after an earlier
 * attempt, which may have created it unseen), the statussen of the target statustype at our moment,
 * the rol of the initiator's roltype, an existing resultaat. Carrying out an opdracht twice therefore
 * sends nothing twice.
 */
@ApplicationScoped
class ZgwZaakRegistratieAdapter implements ZaakRegistratiePort {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Koppelingen koppelingen;

    ZgwZaakRegistratieAdapter(Koppelingen koppelingen) {
        this.koppelingen = koppelingen;
    }

    @Override
    public Set<Gemeentecode> ingesteldeGemeenten() {
        return koppelingen.gemeenten();
    }

    @Override
    public void voerUit(Zaakopdracht opdracht, boolean eerderGeprobeerd) {
        Koppeling koppeling = koppeling(opdracht.gemeente());
        ZaaksysteemInstellingen.Soort soort = soort(koppeling, opdracht.zaak());
        roep(() -> {
            switch (opdracht.soort()) {
                case REGISTREER -> registreer(koppeling, soort, opdracht, eerderGeprobeerd);
                case STATUS -> zetStatus(koppeling, soort, opdracht);
            }
            return null;
        });
    }

    private void registreer(Koppeling koppeling, ZaaksysteemInstellingen.Soort soort, Zaakopdracht opdracht,
                            boolean eerderGeprobeerd) {
        ZgwZaak zaak = (eerderGeprobeerd ? zoek(koppeling, opdracht.zaak()) : Optional.<ZgwZaak>empty())
                .orElseGet(() -> maak(koppeling, soort, opdracht));
        // some back ends set an initial status themselves on create
        if (zaak.status() == null) {
            zetStatusEenmaal(koppeling, soort, zaak, opdracht);
        }
        if (opdracht.initiator() != null
                && koppeling.zaken().rollen(zaak.url(), soort.roltypeInitiator()).resultaten().isEmpty()) {
            koppeling.zaken().voegRolToe(ZgwRol.initiator(zaak.url(), soort.roltypeInitiator(),
                    anpIdentificatie(opdracht.zaak()), kort(opdracht.initiator(), 200)));
        }
    }

    private ZgwZaak maak(Koppeling koppeling, ZaaksysteemInstellingen.Soort soort, Zaakopdracht opdracht) {
        String rsin = koppeling.instelling().rsin();
        try {
            return koppeling.zaken().maakZaak(ZgwZaak.nieuw(opdracht.zaak().waarde(), rsin, soort.zaaktype(),
                    opdracht.moment().atZone(NEDERLAND).toLocalDate(), kort(opdracht.omschrijving(), 80),
                    kort(opdracht.toelichting(), 1000)));
        } catch (WebApplicationException e) {
            // identificatie-niet-uniek: an earlier attempt created it after all
            if (e.getResponse().getStatus() == 400) {
                return zoek(koppeling, opdracht.zaak()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private void zetStatus(Koppeling koppeling, ZaaksysteemInstellingen.Soort soort, Zaakopdracht opdracht) {
        ZgwZaak zaak = zoek(koppeling, opdracht.zaak()).orElseThrow(() -> ZaaksysteemFout.tijdelijk(
                "zaak " + opdracht.zaak() + " staat (nog) niet in het zaaksysteem", null));
        String resultaattype = soort.resultaattypen().get(opdracht.status());
        // closing needs a resultaat first
        if (resultaattype != null && koppeling.zaken().resultaten(zaak.url()).resultaten().isEmpty()) {
            koppeling.zaken().zetResultaat(new ZgwResultaat(null, zaak.url(), resultaattype,
                    kort(opdracht.toelichting(), 1000)));
        }
        zetStatusEenmaal(koppeling, soort, zaak, opdracht);
    }

    /** A status is never changed in ZGW, only added; ours is known by statustype and moment. */
    private void zetStatusEenmaal(Koppeling koppeling, ZaaksysteemInstellingen.Soort soort, ZgwZaak zaak,
                                  Zaakopdracht opdracht) {
        String statustype = soort.statustypen().get(opdracht.status());
        if (statustype == null) {
            throw ZaaksysteemFout.blijvend("geen statustype ingesteld voor status " + opdracht.status());
        }
        Instant moment = opdracht.moment().truncatedTo(ChronoUnit.SECONDS);
        boolean alGezet = koppeling.zaken().statussen(zaak.url(), statustype).resultaten().stream()
                .anyMatch(s -> s.datumStatusGezet() != null
                        && s.datumStatusGezet().toInstant().truncatedTo(ChronoUnit.SECONDS).equals(moment));
        if (!alGezet) {
            koppeling.zaken().zetStatus(new ZgwStatus(null, zaak.url(), statustype,
                    moment.atOffset(java.time.ZoneOffset.UTC), kort(opdracht.toelichting(), 1000)));
        }
    }

    @Override
    public Optional<Zaakstand> lees(Gemeentecode gemeente, Zaakidentificatie zaak) {
        Koppeling koppeling = koppeling(gemeente);
        return roep(() -> zoek(koppeling, zaak).map(z -> {
            if (z.status() == null || !koppeling.isZakenUrl(z.status())) {
                return new Zaakstand(zaak, z.url(), null, null, null, null);
            }
            return stand(koppeling, zaak, z.url(), koppeling.zaken().leesStatus(laatsteDeel(z.status())));
        }));
    }

    @Override
    public Optional<Zaakstand> leesStatus(Gemeentecode gemeente, String statusUrl) {
        Koppeling koppeling = koppeling(gemeente);
        if (!koppeling.isZakenUrl(statusUrl)) {
            return Optional.empty();
        }
        return roep(() -> {
            ZgwStatus status = koppeling.zaken().leesStatus(laatsteDeel(statusUrl));
            if (!koppeling.isZakenUrl(status.zaak())) {
                return Optional.<Zaakstand>empty();
            }
            ZgwZaak zaak = koppeling.zaken().leesZaak(laatsteDeel(status.zaak()));
            return Zaakidentificatie.lees(zaak.identificatie())
                    .map(identificatie -> stand(koppeling, identificatie, zaak.url(), status));
        });
    }

    private Zaakstand stand(Koppeling koppeling, Zaakidentificatie zaak, String zaakUrl, ZgwStatus status) {
        ZaaksysteemInstellingen.Soort soort = soort(koppeling, zaak);
        List<String> onze = soort.statustypen().entrySet().stream()
                .filter(e -> e.getValue().equals(status.statustype())).map(Map.Entry::getKey).toList();
        // a statustype used for several of our statuses cannot be read back: a person decides
        String eigen = onze.size() == 1 ? onze.get(0) : null;
        return new Zaakstand(zaak, zaakUrl, eigen, eigen == null ? benoem(koppeling, status.statustype())
                : status.statustype(), status.statustoelichting(),
                status.datumStatusGezet() == null ? null : status.datumStatusGezet().toInstant());
    }

    /** An unknown statustype named with its omschrijving from the Catalogi API, for the person resolving it. */
    private static String benoem(Koppeling koppeling, String statustype) {
        if (!koppeling.isCatalogiUrl(statustype)) {
            return statustype;
        }
        try {
            return koppeling.catalogi().leesStatustype(laatsteDeel(statustype)).omschrijving() + " (" + statustype + ")";
        } catch (WebApplicationException | ProcessingException e) {
            return statustype;
        }
    }

    private static Optional<ZgwZaak> zoek(Koppeling koppeling, Zaakidentificatie zaak) {
        ZgwPagina<ZgwZaak> pagina = koppeling.zaken().zoekZaken(koppeling.instelling().rsin(), zaak.waarde());
        return pagina.resultaten().stream().filter(z -> zaak.waarde().equals(z.identificatie())).findFirst();
    }

    private Koppeling koppeling(Gemeentecode gemeente) {
        return koppelingen.van(gemeente).orElseThrow(() -> ZaaksysteemFout.blijvend(
                "geen zaaksysteem ingesteld voor gemeente " + gemeente));
    }

    private static ZaaksysteemInstellingen.Soort soort(Koppeling koppeling, Zaakidentificatie zaak) {
        ZaaksysteemInstellingen.Soort soort = koppeling.instelling().soorten().get(zaak.soort().extern());
        if (soort == null) {
            throw ZaaksysteemFout.blijvend("geen zaaktype ingesteld voor " + zaak.soort().extern());
        }
        return soort;
    }

    /**
     * No answer, a timeout, 408, 429, 502, 503 and 504 say Join is down or busy: never a reason to
     * park. Another 5xx is Join failing this request: retried, parked after a while. Any other answer
     * refuses the request itself, which a retry cannot change.
     */
    private static <T> T roep(Supplier<T> aanroep) {
        try {
            return aanroep.get();
        } catch (ProcessingException e) {
            throw ZaaksysteemFout.onbereikbaar("zaaksysteem onbereikbaar: " + e.getMessage(), e);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String melding = "zaaksysteem antwoordde " + status + " op " + e.getMessage();
            throw new ZaaksysteemFout(melding, aard(status), e);
        }
    }

    private static ZaaksysteemFout.Aard aard(int status) {
        return switch (status) {
            case 408, 429, 502, 503, 504 -> ZaaksysteemFout.Aard.ONBEREIKBAAR;
            default -> status >= 500 ? ZaaksysteemFout.Aard.TIJDELIJK : ZaaksysteemFout.Aard.BLIJVEND;
        };
    }

    /** Compared in constant time; a {@code Bearer } prefix on either side does not matter. */
    @Override
    public boolean vertrouwtNotificatie(Gemeentecode gemeente, String token) {
        Optional<String> verwacht = koppelingen.van(gemeente).flatMap(k -> k.instelling().notificatieToken());
        return token != null && verwacht.isPresent() && MessageDigest.isEqual(
                zonderBearer(verwacht.get()).getBytes(StandardCharsets.UTF_8),
                zonderBearer(token).getBytes(StandardCharsets.UTF_8));
    }

    private static String zonderBearer(String token) {
        String kaal = token.strip();
        return kaal.regionMatches(true, 0, "Bearer ", 0, 7) ? kaal.substring(7).strip() : kaal;
    }

    /** 17 characters, the standard's maximum; derived from our id so a retry sends the same one. */
    static String anpIdentificatie(Zaakidentificatie zaak) {
        return "KP" + zaak.bron().toString().replace("-", "").substring(0, 15);
    }

    private static String laatsteDeel(String url) {
        String zonderSlash = url.replaceAll("/+$", "");
        return zonderSlash.substring(zonderSlash.lastIndexOf('/') + 1);
    }

    private static String kort(String tekst, int max) {
        return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max - 1) + "…";
    }
}
