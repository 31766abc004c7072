package nl.kernpunt.adapter.persistence.kern;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetPagina;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.adapter.persistence.gedeeld.Wegschrijven;
import nl.kernpunt.application.fout.VersieVerouderd;
import nl.kernpunt.application.port.out.KernFilter;
import nl.kernpunt.application.port.out.KernRepository;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/** The kern port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@ApplicationScoped
class KernPersistenceAdapter implements KernRepository {

    private final KernPanacheRepository kernen;
    private final KernEntityMapper mapper;

    KernPersistenceAdapter(KernPanacheRepository kernen, KernEntityMapper mapper) {
        this.kernen = kernen;
        this.mapper = mapper;
    }

    @Override
    public Optional<Kern> vind(KernId id) {
        return kernen.findByIdOptional(id.waarde()).map(mapper::naarDomein);
    }

    /** Served by the unique index on (gemeente, lower(naam)), so the count is 0 or 1. */
    @Override
    public boolean naamInGebruik(Gemeentecode gemeente, String naam, KernId behalve) {
        Voorwaarden voorwaarden = new Voorwaarden()
                .en("gemeente = :gemeente").met("gemeente", gemeente.waarde())
                .en("lower(naam) = lower(:naam)").met("naam", naam);
        if (behalve != null) {
            voorwaarden.en("id <> :behalve").met("behalve", behalve.waarde());
        }
        return kernen.count(voorwaarden.hql(), voorwaarden.parameters()) > 0;
    }

    @Override
    public Kern voegToe(Kern kern) {
        KernJpaEntity rij = new KernJpaEntity();
        mapper.kopieer(kern, rij);
        kernen.persist(rij);
        schrijfWeg(kern);
        return mapper.naarDomein(rij);
    }

    /** The use case compared the version it loaded; the flush catches a change committed since. */
    @Override
    public Kern bewaar(Kern kern) {
        KernJpaEntity rij = kernen.findByIdOptional(kern.getId().waarde())
                .filter(geladen -> geladen.getVersie() == kern.getVersie())
                .orElseThrow(() -> new VersieVerouderd("kern", kern.getId()));
        mapper.kopieer(kern, rij);
        schrijfWeg(kern);
        return mapper.naarDomein(rij);
    }

    @Override
    public Pagina<Kern> zoek(KernFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<KernJpaEntity> volgorde = KernVolgorde.voor(filter);
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.gebied(), filter.zoek(),
                filter.gearchiveerd(), filter.gewijzigdSinds());
        Voorwaarden voorwaarden = voorwaarden(filter);
        cursor.lees(verzoek.cursor()).ifPresent(positie -> volgorde.na(positie, voorwaarden));
        return KeysetPagina.lees(voorwaarden.query(kernen.getEntityManager(), KernJpaEntity.class, volgorde.sortering()),
                verzoek, mapper::naarDomein, rij -> cursor.na(volgorde.sleutel(rij)));
    }

    private static Voorwaarden voorwaarden(KernFilter filter) {
        Voorwaarden voorwaarden = new Voorwaarden();
        if (filter.gemeente() != null) {
            voorwaarden.en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde());
        }
        if (filter.gebied() != null) {
            voorwaarden.en("lower(gebied) = lower(:gebied)").met("gebied", filter.gebied());
        }
        if (filter.zoek() != null) {
            voorwaarden.en("lower(naam) like lower(:zoek) escape '!' or lower(gebied) like lower(:zoek) escape '!'")
                    .met("zoek", "%" + letterlijk(filter.zoek()) + "%");
        }
        if (filter.gewijzigdSinds() != null) {
            // stored moments are truncated to the microsecond; truncating the bound too keeps >= inclusive
            voorwaarden.en("gewijzigdOp >= :sinds").met("sinds", Tijdstippen.opMicroseconden(filter.gewijzigdSinds()));
        }
        Boolean gearchiveerd = gearchiveerd(filter);
        if (gearchiveerd != null) {
            voorwaarden.en("gearchiveerd = :gearchiveerd").met("gearchiveerd", gearchiveerd);
        }
        return voorwaarden;
    }

    /** Archived kernen only when asked for, or for delta sync, so a syncing client learns of the archiving. */
    private static Boolean gearchiveerd(KernFilter filter) {
        if (filter.gearchiveerd() != null) {
            return filter.gearchiveerd();
        }
        return filter.voorDeltaSync() ? null : Boolean.FALSE;
    }

    /** The search text matches as typed: its {@code %} and {@code _} are escaped with the LIKEs' '!'. */
    private static String letterlijk(String tekst) {
        return tekst.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Two requests can race past the use case's name check; the unique index decides. */
    private void schrijfWeg(Kern kern) {
        Wegschrijven.flush(kernen, () -> new VersieVerouderd("kern", kern.getId()),
                new Wegschrijven.UniekeIndex("kern_naam_uniek_per_gemeente", () -> new RegelGeschonden("kern-bestaat-al",
                        "gemeente " + kern.getGemeente() + " heeft al een kern met de naam " + kern.getProfiel().naam())));
    }
}
