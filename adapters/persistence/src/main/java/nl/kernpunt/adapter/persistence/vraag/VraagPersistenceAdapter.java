package nl.kernpunt.adapter.persistence.vraag;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Telling;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.vraag.Vraagcijfers;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;
import nl.kernpunt.domain.vraag.VraagStatus;

/** The vraag port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class VraagPersistenceAdapter extends AggregaatPersistenceAdapter<Vraag, VraagJpaEntity, UUID> implements VraagRepository {

    VraagPersistenceAdapter(VraagPanacheRepository vragen, VraagEntityMapper mapper) {
        super("vraag", vragen, mapper);
    }

    @Override
    public Optional<Vraag> vind(VraagId id) {
        return vindOp(id.waarde());
    }

    @Override
    public Optional<Vraag> vindOpReferentie(PubliekeReferentie referentie) {
        return rijen().find("referentie", referentie.waarde()).firstResultOptional().map(this::naarDomein);
    }

    @Override
    public Pagina<Vraag> zoek(VraagFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<VraagJpaEntity> volgorde = VraagVolgorde.voor(filter);
        // the moments move with the clock, so the cursor hashes which term filters were asked, not the moments
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.kern(), filter.persoon(),
                filter.status(), filter.verlopen(), filter.deadlineTot() != null, filter.gewijzigdSinds(), filter.spam());
        Voorwaarden voorwaarden = voorwaarden(filter);
        return pagina(VraagJpaEntity.class, voorwaarden, volgorde, cursor, verzoek);
    }

    @Override
    public List<Vraag> openVanKern(KernId kern) {
        return rijen().list("kernId = ?1 and status <> ?2 order by ontvangenOp, id", kern.waarde(), VraagStatus.GESLOTEN)
                .stream().map(this::naarDomein).toList();
    }

    /**
     * One aggregate query over the period's questions (docs/adr/0009); the stored verdict and
     * running deadline make every figure a plain count.
     */
    @Override
    public Vraagcijfers tel(Monitoringbereik bereik, Instant nu) {
        String kern = bereik.kern().isPresent() ? " and kern_id = :kern" : "";
        var query = entityManager().createNativeQuery("""
                select count(*),
                       count(*) filter (where eerste_reactie_op is not null and termijn_gehaald),
                       count(*) filter (where eerste_reactie_op is not null and not termijn_gehaald),
                       count(*) filter (where lopende_deadline < :nu)
                from vraag
                where gemeente = :gemeente and ontvangen_op >= :begin and ontvangen_op < :einde
                  and spam_op is null""" + kern,
                Object[].class)
                .setParameter("nu", Tijdstippen.opMicroseconden(nu))
                .setParameter("gemeente", bereik.gemeente().waarde())
                .setParameter("begin", bereik.periode().begin())
                .setParameter("einde", bereik.periode().einde());
        bereik.kern().ifPresent(k -> query.setParameter("kern", k.waarde()));
        Object[] rij = (Object[]) query.getSingleResult();
        return new Vraagcijfers(Telling.aantal(rij[0]), Telling.aantal(rij[1]), Telling.aantal(rij[2]),
                Telling.aantal(rij[3]));
    }

    private static Voorwaarden voorwaarden(VraagFilter filter) {
        Voorwaarden voorwaarden = new Voorwaarden()
                .en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde())
                .en(filter.spam() ? "spamOp is not null" : "spamOp is null");
        if (filter.kern() != null) {
            voorwaarden.en("kernId = :kern").met("kern", filter.kern().waarde());
        }
        if (filter.persoon() != null) {
            voorwaarden.en("lower(kernambtenaarNaam) = lower(:persoon) or lower(behandelaarNaam) = lower(:persoon)")
                    .met("persoon", filter.persoon());
        }
        if (filter.status() != null) {
            voorwaarden.en("status = :status").met("status", filter.status());
        }
        Instant nu = Tijdstippen.opMicroseconden(filter.nu());
        if (filter.verlopen() != null) {
            voorwaarden.en(filter.verlopen() ? "lopendeDeadline < :nu" : "lopendeDeadline is null or lopendeDeadline >= :nu")
                    .met("nu", nu);
        }
        if (filter.deadlineTot() != null) {
            voorwaarden.en("lopendeDeadline >= :nu and lopendeDeadline <= :deadlineTot")
                    .met("nu", nu).met("deadlineTot", Tijdstippen.opMicroseconden(filter.deadlineTot()));
        }
        return voorwaarden.gewijzigdSinds(filter.gewijzigdSinds());
    }

    @Override
    protected VraagJpaEntity nieuweRij() {
        return new VraagJpaEntity();
    }

    @Override
    protected UUID sleutel(Vraag aggregaat) {
        return aggregaat.getId().waarde();
    }

    @Override
    protected long versie(Vraag aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(VraagJpaEntity rij) {
        return rij.versie;
    }
}
