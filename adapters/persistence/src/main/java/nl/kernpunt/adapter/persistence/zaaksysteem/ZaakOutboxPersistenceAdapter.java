package nl.kernpunt.adapter.persistence.zaaksysteem;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The outbox on PostgreSQL; every method joins the caller's transaction. */
@ApplicationScoped
class ZaakOutboxPersistenceAdapter implements ZaakOutbox {

    private static final String WACHTEND = "wachtend";
    private static final String AFGEHANDELD = "afgehandeld";
    private static final String GEPARKEERD = "geparkeerd";

    private final ZaakOutboxPanacheRepository rijen;

    ZaakOutboxPersistenceAdapter(ZaakOutboxPanacheRepository rijen) {
        this.rijen = rijen;
    }

    @Override
    public void plaats(Zaakopdracht opdracht, Instant op) {
        ZaakOutboxJpaEntity rij = new ZaakOutboxJpaEntity();
        rij.id = UUID.randomUUID();
        rij.gemeente = opdracht.gemeente().waarde();
        rij.zaaksoort = opdracht.zaak().soort().extern();
        rij.bron = opdracht.zaak().bron();
        rij.identificatie = opdracht.zaak().waarde();
        rij.opdracht = opdracht.soort().name().toLowerCase();
        rij.zaakstatus = opdracht.status();
        rij.moment = Tijdstippen.opMicroseconden(opdracht.moment());
        rij.omschrijving = opdracht.omschrijving();
        rij.toelichting = opdracht.toelichting();
        rij.initiator = opdracht.initiator();
        rij.toestand = WACHTEND;
        rij.geplaatstOp = Tijdstippen.opMicroseconden(op);
        rij.volgendePogingOp = rij.geplaatstOp;
        rijen.persist(rij);
    }

    /**
     * One statement picks the rows: due, not held by a live lease, the oldest unfinished of their
     * zaak, and not locked by another dispatcher's claim right now ({@code SKIP LOCKED}). The lease is
     * then written in the same transaction, so once it commits other dispatchers pass these rows by.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Outboxregel> claim(Set<Gemeentecode> gemeenten, int max, Instant nu, Instant geclaimdTot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rijen.getEntityManager().createNativeQuery("""
                        select o.id from zaak_outbox o
                        where o.toestand = 'wachtend' and o.gemeente in (:gemeenten)
                          and o.volgende_poging_op <= :nu
                          and (o.geclaimd_tot is null or o.geclaimd_tot < :nu)
                          and not exists (select 1 from zaak_outbox e
                                          where e.identificatie = o.identificatie and e.volgnummer < o.volgnummer
                                            and e.toestand <> 'afgehandeld')
                        order by o.volgnummer
                        limit :max
                        for update of o skip locked""", UUID.class)
                .setParameter("gemeenten", gemeenten.stream().map(Gemeentecode::waarde).toList())
                .setParameter("nu", nu)
                .setParameter("max", max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ZaakOutboxJpaEntity> geclaimd = rijen.list("id in ?1", Sort.by("volgnummer"), ids);
        List<Outboxregel> regels = geclaimd.stream().map(ZaakOutboxPersistenceAdapter::regel).toList();
        geclaimd.forEach(rij -> rij.geclaimdTot = Tijdstippen.opMicroseconden(geclaimdTot));
        return regels;
    }

    @Override
    public void gelukt(UUID id, Instant op) {
        ZaakOutboxJpaEntity rij = rijen.findById(id);
        rij.toestand = AFGEHANDELD;
        rij.afgehandeldOp = Tijdstippen.opMicroseconden(op);
        rij.geclaimdTot = null;
    }

    @Override
    public void mislukt(UUID id, String fout, Instant volgendePoging) {
        ZaakOutboxJpaEntity rij = rijen.findById(id);
        rij.pogingen++;
        rij.eerderGeprobeerd = true;
        rij.laatsteFout = fout;
        rij.volgendePogingOp = Tijdstippen.opMicroseconden(volgendePoging);
        rij.geclaimdTot = null;
    }

    @Override
    public void parkeer(UUID id, String fout) {
        ZaakOutboxJpaEntity rij = rijen.findById(id);
        rij.pogingen++;
        rij.eerderGeprobeerd = true;
        rij.laatsteFout = fout;
        rij.toestand = GEPARKEERD;
        rij.geclaimdTot = null;
    }

    @Override
    public boolean hervat(Gemeentecode gemeente, UUID id, Instant nu) {
        return rijen.update("toestand = :wachtend, pogingen = 0, volgendePogingOp = :nu "
                        + "where id = :id and gemeente = :gemeente and toestand = :geparkeerd",
                Parameters.with("wachtend", WACHTEND).and("nu", Tijdstippen.opMicroseconden(nu)).and("id", id)
                        .and("gemeente", gemeente.waarde()).and("geparkeerd", GEPARKEERD)) == 1;
    }

    @Override
    public boolean heeftOnafgehandelde(Zaakidentificatie zaak) {
        return rijen.count("identificatie = ?1 and toestand <> ?2", zaak.waarde(), AFGEHANDELD) > 0;
    }

    @Override
    public boolean heeftWachtende(Zaakidentificatie zaak) {
        return rijen.count("identificatie = ?1 and toestand = ?2", zaak.waarde(), WACHTEND) > 0;
    }

    @Override
    public int hervatZaak(Zaakidentificatie zaak, Instant nu) {
        return rijen.update("toestand = :wachtend, pogingen = 0, volgendePogingOp = :nu "
                        + "where identificatie = :identificatie and toestand = :geparkeerd",
                Parameters.with("wachtend", WACHTEND).and("nu", Tijdstippen.opMicroseconden(nu))
                        .and("identificatie", zaak.waarde()).and("geparkeerd", GEPARKEERD));
    }

    @Override
    public Outboxstand stand(Gemeentecode gemeente, Instant nu) {
        Object[] telling = (Object[]) rijen.getEntityManager().createNativeQuery("""
                        select count(*) filter (where toestand = 'wachtend' and pogingen = 0),
                               count(*) filter (where toestand = 'wachtend' and pogingen > 0),
                               count(*) filter (where toestand = 'geparkeerd'),
                               min(geplaatst_op) filter (where toestand = 'wachtend'),
                               max(afgehandeld_op) filter (where toestand = 'afgehandeld')
                        from zaak_outbox where gemeente = :gemeente""", Object[].class)
                .setParameter("gemeente", gemeente.waarde())
                .getSingleResult();
        return new Outboxstand(((Number) telling[0]).longValue(), ((Number) telling[1]).longValue(),
                ((Number) telling[2]).longValue(), Tijdstippen.uitNative(telling[3]), Tijdstippen.uitNative(telling[4]));
    }

    @Override
    public List<GeparkeerdeOpdracht> geparkeerd(Gemeentecode gemeente) {
        return rijen.list("gemeente = ?1 and toestand = ?2", Sort.by("volgnummer"), gemeente.waarde(), GEPARKEERD)
                .stream()
                .map(r -> new GeparkeerdeOpdracht(r.id, opdracht(r), r.pogingen, r.laatsteFout))
                .toList();
    }

    @Override
    public Optional<Outboxregel> vind(UUID id) {
        return rijen.findByIdOptional(id).map(ZaakOutboxPersistenceAdapter::regel);
    }

    private static Outboxregel regel(ZaakOutboxJpaEntity rij) {
        // a lease is cleared with every outcome, so one still set ran out without any
        return new Outboxregel(rij.id, rij.volgnummer, opdracht(rij), rij.pogingen,
                rij.eerderGeprobeerd || rij.geclaimdTot != null);
    }

    private static Zaakopdracht opdracht(ZaakOutboxJpaEntity rij) {
        return new Zaakopdracht(new Gemeentecode(rij.gemeente),
                Zaakidentificatie.van(Zaaksoort.valueOf(rij.zaaksoort.toUpperCase()), rij.bron),
                Zaakopdracht.Soort.valueOf(rij.opdracht.toUpperCase()), rij.zaakstatus, rij.moment, rij.omschrijving,
                rij.toelichting, rij.initiator);
    }
}
