package nl.kernpunt.adapter.persistence.gemeente;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetPagina;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.adapter.persistence.gedeeld.Wegschrijven;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The gemeente port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class GemeentePersistenceAdapter extends AggregaatPersistenceAdapter<Gemeente, GemeenteJpaEntity, String> implements GemeenteRepository {

    private static final KeysetCursor OP_CODE = KeysetCursor.voor("gemeenten-op-code");

    GemeentePersistenceAdapter(GemeentePanacheRepository gemeenten, GemeenteEntityMapper mapper) {
        super("gemeente", gemeenten, mapper);
    }

    @Override
    public Optional<Gemeente> vind(Gemeentecode code) {
        return vindOp(code.waarde());
    }

    @Override
    public List<Gemeente> vindAlle(Collection<Gemeentecode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        // one array parameter, not an in-list: Hibernate translates a query with an in-list parameter
        // again on every call (its length is part of the SQL), which cost a public or staff kern list
        // more than a third of its own CPU (docs/adr/0031)
        String[] gevraagd = codes.stream().map(Gemeentecode::waarde).distinct().toArray(String[]::new);
        return rijen().list("array_contains(?1, code)", (Object) gevraagd).stream().map(this::naarDomein).toList();
    }

    @Override
    public boolean bestaat(Gemeentecode code) {
        return rijen().findByIdOptional(code.waarde()).isPresent();
    }

    @Override
    public Pagina<Gemeente> zoek(PaginaVerzoek verzoek) {
        Voorwaarden voorwaarden = new Voorwaarden();
        OP_CODE.lees(verzoek.cursor()).ifPresent(na -> voorwaarden.en("code > :na").met("na", na.tekst(0)));
        return KeysetPagina.lees(voorwaarden.query(entityManager(), GemeenteJpaEntity.class, "code"),
                verzoek, this::naarDomein, rij -> OP_CODE.na(rij.code));
    }

    @Override
    protected GemeenteJpaEntity nieuweRij() {
        return new GemeenteJpaEntity();
    }

    @Override
    protected String sleutel(Gemeente aggregaat) {
        return aggregaat.getCode().waarde();
    }

    @Override
    protected long versie(Gemeente aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(GemeenteJpaEntity rij) {
        return rij.versie;
    }

    @Override
    protected List<Wegschrijven.UniekeIndex> uniekeIndexen(Gemeente gemeente) {
        return List.of(new Wegschrijven.UniekeIndex("gemeente_pk", () -> new RegelGeschonden("gemeente-bestaat-al",
                "gemeente " + gemeente.getCode() + " is al geregistreerd")));
    }
}
