package nl.kernpunt.adapter.persistence.vraag;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.Grootboek;
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
     * From the rollup by the Dutch day received, the reaction's verdict and the running deadline's
     * day (docs/adr/0030): "open and past the deadline" as the day began is every deadline day before
     * today. Today's passed deadlines are counted at each read by the probe (docs/adr/0034).
     */
    @Override
    public Vraagcijfers tel(Monitoringbereik bereik, LocalDate vandaag) {
        long ontvangen = 0;
        long binnenTermijn = 0;
        long teLaat = 0;
        long openVerlopen = 0;
        List<Object[]> groepen = Grootboek.van("vraag", bereik, "soort", "coalesce(termijn < :vandaag, false)")
                .met("vandaag", vandaag)
                .rijen(entityManager());
        for (Object[] groep : groepen) {
            long aantal = Telling.aantal(groep[2]);
            ontvangen += aantal;
            binnenTermijn += "BINNEN_TERMIJN".equals(groep[0]) ? aantal : 0;
            teLaat += "TE_LAAT".equals(groep[0]) ? aantal : 0;
            openVerlopen += (Boolean) groep[1] ? aantal : 0;
        }
        return new Vraagcijfers(ontvangen, binnenTermijn, teLaat, openVerlopen);
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
