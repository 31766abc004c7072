package nl.kernpunt.adapter.persistence.gemeente;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetPagina;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.adapter.persistence.gedeeld.Wegschrijven;
import nl.kernpunt.application.fout.VersieVerouderd;
import nl.kernpunt.application.port.out.GemeenteRepository;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The gemeente port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@ApplicationScoped
class GemeentePersistenceAdapter implements GemeenteRepository {

    private static final KeysetCursor OP_CODE = KeysetCursor.voor("gemeenten-op-code");

    private final GemeentePanacheRepository gemeenten;
    private final GemeenteEntityMapper mapper;

    GemeentePersistenceAdapter(GemeentePanacheRepository gemeenten, GemeenteEntityMapper mapper) {
        this.gemeenten = gemeenten;
        this.mapper = mapper;
    }

    @Override
    public Optional<Gemeente> vind(Gemeentecode code) {
        return gemeenten.findByIdOptional(code.waarde()).map(mapper::naarDomein);
    }

    @Override
    public boolean bestaat(Gemeentecode code) {
        return gemeenten.findByIdOptional(code.waarde()).isPresent();
    }

    @Override
    public Gemeente voegToe(Gemeente gemeente) {
        GemeenteJpaEntity rij = new GemeenteJpaEntity();
        mapper.kopieer(gemeente, rij);
        gemeenten.persist(rij);
        schrijfWeg(gemeente);
        return mapper.naarDomein(rij);
    }

    /** The use case compared the version it loaded; the flush catches a change committed since. */
    @Override
    public Gemeente bewaar(Gemeente gemeente) {
        GemeenteJpaEntity rij = gemeenten.findByIdOptional(gemeente.getCode().waarde())
                .filter(geladen -> geladen.getVersie() == gemeente.getVersie())
                .orElseThrow(() -> new VersieVerouderd("gemeente", gemeente.getCode()));
        mapper.kopieer(gemeente, rij);
        schrijfWeg(gemeente);
        return mapper.naarDomein(rij);
    }

    @Override
    public Pagina<Gemeente> zoek(PaginaVerzoek verzoek) {
        Voorwaarden voorwaarden = new Voorwaarden();
        OP_CODE.lees(verzoek.cursor()).ifPresent(na -> voorwaarden.en("code > :na").met("na", na.tekst(0)));
        return KeysetPagina.lees(voorwaarden.query(gemeenten.getEntityManager(), GemeenteJpaEntity.class, "code"),
                verzoek, mapper::naarDomein, rij -> OP_CODE.na(rij.getCode()));
    }

    /** Two registrations of one code can race past the use case's check; the primary key decides. */
    private void schrijfWeg(Gemeente gemeente) {
        Wegschrijven.flush(gemeenten, () -> new VersieVerouderd("gemeente", gemeente.getCode()),
                new Wegschrijven.UniekeIndex("gemeente_pk", () -> new RegelGeschonden("gemeente-bestaat-al",
                        "gemeente " + gemeente.getCode() + " is al geregistreerd")));
    }
}
