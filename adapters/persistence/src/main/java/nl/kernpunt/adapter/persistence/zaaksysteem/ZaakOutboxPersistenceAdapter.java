package nl.kernpunt.adapter.persistence.zaaksysteem;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kernpunt.adapter.persistence.gedeeld.Leaseclaim;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Verbindingsstand;
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

    /** The queues' one claim ({@link Leaseclaim}), per zaak, of the given gemeenten; the lease is written here. */
    @Override
    public List<Outboxregel> claim(Set<Gemeentecode> gemeenten, int max, Instant nu, Instant geclaimdTot) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return claim(gemeenten.stream().map(Gemeentecode::waarde).toList(), max, nu, nu, geclaimdTot);
    }

    /** The probe goes with the gemeente's oldest eligible row, whatever that row's own wait. */
    @Override
    public Optional<Outboxregel> claimProef(Gemeentecode gemeente, Instant nu, Instant geclaimdTot) {
        // the conditional update takes the probe for one dispatcher only: a second one waits for the
        // row lock, then finds volgende_proef_op moved on
        int genomen = rijen.getEntityManager().createNativeQuery("""
                        update zaak_verbinding set volgende_proef_op = :tot
                        where gemeente = :gemeente and onbereikbaar_sinds is not null and volgende_proef_op <= :nu""")
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("nu", nu)
                .setParameter("tot", geclaimdTot)
                .executeUpdate();
        if (genomen == 0) {
            return Optional.empty();
        }
        return claim(List.of(gemeente.waarde()), 1, nu, Instant.parse("9999-12-31T00:00:00Z"), geclaimdTot)
                .stream().findFirst();
    }

    private List<Outboxregel> claim(List<String> gemeenten, int max, Instant nu, Instant verschuldigdVoor,
                                    Instant geclaimdTot) {
        List<UUID> ids = Leaseclaim.kies(rijen.getEntityManager(), "zaak_outbox", "identificatie",
                "o.gemeente in (:gemeenten)", Map.of("gemeenten", gemeenten), max, nu, verschuldigdVoor);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ZaakOutboxJpaEntity> geclaimd = rijen.list("id in ?1", Sort.by("volgnummer"), ids);
        List<Outboxregel> regels = geclaimd.stream().map(ZaakOutboxPersistenceAdapter::regel).toList();
        geclaimd.forEach(rij -> rij.geclaimdTot = Tijdstippen.opMicroseconden(geclaimdTot));
        return regels;
    }

    @Override
    public int vervangInitiator(Zaakidentificatie zaak, String initiator) {
        return rijen.update("initiator = :initiator where identificatie = :identificatie and opdracht = :registreer "
                        + "and toestand <> :afgehandeld",
                Parameters.with("initiator", initiator).and("identificatie", zaak.waarde())
                        .and("registreer", Zaakopdracht.Soort.REGISTREER.name().toLowerCase())
                        .and("afgehandeld", AFGEHANDELD));
    }

    @Override
    public void geefVrij(UUID id) {
        rijen.findById(id).geclaimdTot = null;
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
                               max(afgehandeld_op) filter (where toestand = 'afgehandeld'),
                               (select onbereikbaar_sinds from zaak_verbinding where gemeente = :gemeente)
                        from zaak_outbox where gemeente = :gemeente""", Object[].class)
                .setParameter("gemeente", gemeente.waarde())
                .getSingleResult();
        return new Outboxstand(((Number) telling[0]).longValue(), ((Number) telling[1]).longValue(),
                ((Number) telling[2]).longValue(), Tijdstippen.uitNative(telling[3]), Tijdstippen.uitNative(telling[4]),
                Tijdstippen.uitNative(telling[5]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Gemeentecode> onbereikbaar(Set<Gemeentecode> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Set.of();
        }
        List<String> codes = rijen.getEntityManager().createNativeQuery("""
                        select gemeente from zaak_verbinding
                        where gemeente in (:gemeenten) and onbereikbaar_sinds is not null""", String.class)
                .setParameter("gemeenten", gemeenten.stream().map(Gemeentecode::waarde).toList())
                .getResultList();
        return codes.stream().map(Gemeentecode::new).collect(Collectors.toSet());
    }

    @Override
    public Verbindingsstand telStoring(Gemeentecode gemeente, Instant op) {
        Object[] stand = (Object[]) rijen.getEntityManager().createNativeQuery("""
                        insert into zaak_verbinding (gemeente, fouten, eerste_fout_op) values (:gemeente, 1, :op)
                        on conflict (gemeente) do update
                            set fouten = zaak_verbinding.fouten + 1,
                                eerste_fout_op = coalesce(zaak_verbinding.eerste_fout_op, excluded.eerste_fout_op)
                        returning fouten, eerste_fout_op, onbereikbaar_sinds, mislukte_proeven""", Object[].class)
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("op", Tijdstippen.opMicroseconden(op))
                .getSingleResult();
        return new Verbindingsstand(((Number) stand[0]).intValue(), Tijdstippen.uitNative(stand[1]),
                Tijdstippen.uitNative(stand[2]), ((Number) stand[3]).intValue());
    }

    @Override
    public void onderbreek(Gemeentecode gemeente, Instant sinds, int mislukteProeven, Instant volgendeProef) {
        rijen.getEntityManager().createNativeQuery("""
                        update zaak_verbinding
                        set onbereikbaar_sinds = coalesce(onbereikbaar_sinds, :sinds), mislukte_proeven = :proeven,
                            volgende_proef_op = :proef
                        where gemeente = :gemeente""")
                .setParameter("gemeente", gemeente.waarde())
                .setParameter("sinds", Tijdstippen.opMicroseconden(sinds))
                .setParameter("proeven", mislukteProeven)
                .setParameter("proef", Tijdstippen.opMicroseconden(volgendeProef))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Instant> bereikt(Gemeentecode gemeente, Instant nu) {
        // touches the row only after failures, so deliveries in normal times do not contend for it
        List<Object> sinds = rijen.getEntityManager().createNativeQuery("""
                        with oud as (select gemeente, onbereikbaar_sinds from zaak_verbinding
                                     where gemeente = :gemeente and fouten > 0 for update)
                        update zaak_verbinding v
                        set fouten = 0, eerste_fout_op = null, onbereikbaar_sinds = null, mislukte_proeven = 0,
                            volgende_proef_op = null
                        from oud where v.gemeente = oud.gemeente
                        returning oud.onbereikbaar_sinds""")
                .setParameter("gemeente", gemeente.waarde())
                .getResultList();
        Optional<Instant> onbereikbaarSinds = sinds.stream().filter(Objects::nonNull).findFirst()
                .map(Tijdstippen::uitNative);
        onbereikbaarSinds.ifPresent(s -> rijen.update("volgendePogingOp = ?1 where gemeente = ?2 and toestand = ?3 "
                + "and volgendePogingOp > ?1", Tijdstippen.opMicroseconden(nu), gemeente.waarde(), WACHTEND));
        return onbereikbaarSinds;
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
