package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.inject.Singleton;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.Grootboek;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetPagina;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Telling;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.application.initiatief.Afspraakcijfers;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.Initiatiefcijfers;
import nl.kernpunt.application.initiatief.OpenbareWeergave;
import nl.kernpunt.application.initiatief.VerlopenAfspraak;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.OpenbaarInitiatief;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.kern.KernId;

/** The initiatief port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class InitiatiefPersistenceAdapter extends AggregaatPersistenceAdapter<Initiatief, InitiatiefJpaEntity, UUID> implements InitiatiefRepository {

    /** The public status: what {@code OpenbaarInitiatief.van} takes, the version, the kern's name. */
    private static final String OPENBAAR = """
            select i.titel, i.kern_id, i.status, i.rol, i.gewijzigd_op, i.versie,
                   (select count(*) from initiatief_afspraak a where a.initiatief_id = i.id and a.status = ?),
                   k.naam
            from initiatief i left join kern k on k.id = i.kern_id
            where i.referentie = ?""";

    /** Also for the agreements that the overdue list reads without their initiative. */
    private final InitiatiefEntityMapper mapper;

    private final DataSource dataSource;

    InitiatiefPersistenceAdapter(InitiatiefPanacheRepository initiatieven, InitiatiefEntityMapper mapper,
                                 DataSource dataSource) {
        super("initiatief", initiatieven, mapper);
        this.mapper = mapper;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Initiatief> vind(InitiatiefId id) {
        return vindOp(id.waarde());
    }

    @Override
    public Optional<Initiatief> vindOpReferentie(PubliekeReferentie referentie) {
        return rijen().find("referentie", referentie.waarde()).firstResultOptional().map(this::naarDomein);
    }

    /**
     * One statement by the unique reference index: the columns of the public status, the open
     * agreements counted by PostgreSQL and the kern's name by its primary key (docs/adr/0026, 0031),
     * not the aggregate with its seven lists. Plain JDBC on a pooled connection, outside any
     * transaction: opening a Hibernate session and interpreting a query cost more than the statement
     * (docs/adr/0031, third round). The text never changes, so pgjdbc keeps it prepared per connection.
     */
    @Override
    public Optional<OpenbareWeergave> openbaar(PubliekeReferentie referentie) {
        try (Connection verbinding = dataSource.getConnection();
             PreparedStatement lees = verbinding.prepareStatement(OPENBAAR)) {
            lees.setString(1, AfspraakStatus.OPEN.name());
            lees.setString(2, referentie.waarde());
            try (ResultSet rij = lees.executeQuery()) {
                if (!rij.next()) {
                    return Optional.empty();
                }
                String rol = rij.getString(4);
                OpenbaarInitiatief initiatief = OpenbaarInitiatief.van(referentie, rij.getString(1),
                        new KernId(rij.getObject(2, UUID.class)), InitiatiefStatus.valueOf(rij.getString(3)),
                        rol == null ? null : Rol.valueOf(rol), rij.getObject(5, OffsetDateTime.class).toInstant(),
                        rij.getInt(7));
                return Optional.of(new OpenbareWeergave(initiatief, rij.getString(8), rij.getLong(6)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("the public status of an initiative could not be read", e);
        }
    }

    @Override
    public Pagina<Initiatief> zoek(InitiatiefFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<InitiatiefJpaEntity> volgorde = InitiatiefVolgorde.voor(filter);
        // the threshold moment moves with the clock, so the cursor hashes whether stil was asked, not the moment
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.kern(), filter.status(),
                filter.rol(), filter.stil(), filter.gewijzigdSinds());
        Voorwaarden voorwaarden = voorwaarden(filter);
        // the page's rows and lists by plain statements, outside the persistence context (docs/adr/0037)
        return KeysetPagina.na(voorwaarden, volgorde, cursor, verzoek,
                max -> Initiatieflezer.rijen(entityManager(), voorwaarden, volgorde.sortering(), max),
                rijen -> Initiatieflezer.metLijsten(entityManager(), rijen).stream().map(mapper::naarDomein).toList());
    }

    /**
     * PostgreSQL full-text search with the Dutch configuration over the generated {@code zoektekst}
     * (GIN index). This initiative's own words become an OR query: plainto_tsquery joins the
     * lexemes with AND, which would ask for initiatives about everything at once.
     */
    @Override
    public List<Initiatief> metOpenWerk(KernId kern) {
        List<InitiatiefStatus> open = Arrays.stream(InitiatiefStatus.values()).filter(InitiatiefStatus::isOpen).toList();
        return entityManager().createQuery("select i from InitiatiefJpaEntity i where i.kernId = :kern and (i.status in :open"
                        + " or exists (select 1 from i.afspraken a where a.status = :afspraakOpen))"
                        + " order by i.aangemaaktOp, i.id", InitiatiefJpaEntity.class)
                .setParameter("kern", kern.waarde())
                .setParameter("open", open)
                .setParameter("afspraakOpen", AfspraakStatus.OPEN)
                .getResultList().stream().map(this::naarDomein).toList();
    }

    @Override
    public List<Initiatief> vergelijkbare(Initiatief initiatief, int max) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager().createNativeQuery("""
                with eigen as (
                    select kern_id, aangemaakt_op, replace(plainto_tsquery('dutch', titel || ' ' || omschrijving)::text,
                                                           '&', '|')::tsquery as vraag
                    from initiatief where id = :id)
                select i.id from initiatief i, eigen
                where i.kern_id = eigen.kern_id and i.aangemaakt_op < eigen.aangemaakt_op and i.id <> :id
                  and i.zoektekst @@ eigen.vraag
                order by ts_rank(i.zoektekst, eigen.vraag) desc, i.aangemaakt_op desc, i.id
                limit :max""", UUID.class)
                .setParameter("id", initiatief.getId().waarde())
                .setParameter("max", max)
                .getResultList();
        // one read for all of them, then back into the ranking's order
        Map<UUID, InitiatiefJpaEntity> rijen = rijen().list("id in ?1", ids).stream()
                .collect(Collectors.toMap(rij -> rij.id, rij -> rij));
        return ids.stream().map(rijen::get).map(this::naarDomein).toList();
    }

    /** One query joining the agreements' table; served by the partial index on open agreements' due date. */
    @Override
    public List<VerlopenAfspraak> verlopenAfspraken(Gemeentecode gemeente, KernId kern, String verantwoordelijke,
                                                    LocalDate vandaag) {
        Voorwaarden voorwaarden = new Voorwaarden()
                .en("i.gemeente = :gemeente").met("gemeente", gemeente.waarde())
                .en("a.status = :open").met("open", AfspraakStatus.OPEN)
                .en("a.deadline < :vandaag").met("vandaag", vandaag);
        if (kern != null) {
            voorwaarden.en("i.kernId = :kern").met("kern", kern.waarde());
        }
        if (verantwoordelijke != null) {
            voorwaarden.en("lower(a.verantwoordelijke) = lower(:persoon)").met("persoon", verantwoordelijke);
        }
        var query = entityManager().createQuery("select i.id, i.titel, i.kernId, a from "
                + "InitiatiefJpaEntity i join i.afspraken a where " + voorwaarden.hql()
                + " order by a.deadline, a.id", Object[].class);
        voorwaarden.parameters().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(rij -> new VerlopenAfspraak(gemeente, new InitiatiefId((UUID) rij[0]), (String) rij[1],
                        new KernId((UUID) rij[2]), mapper.naarDomein((AfspraakJpaEmbeddable) rij[3])))
                .toList();
    }

    private static Voorwaarden voorwaarden(InitiatiefFilter filter) {
        Voorwaarden voorwaarden = new Voorwaarden()
                .en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde())
                .en(filter.spam() ? "spamOp is not null" : "spamOp is null");
        if (filter.kern() != null) {
            voorwaarden.en("kernId = :kern").met("kern", filter.kern().waarde());
        }
        if (filter.status() != null) {
            voorwaarden.en("status = :status").met("status", filter.status());
        }
        if (filter.rol() != null) {
            voorwaarden.en("rol = :rol").met("rol", filter.rol());
        }
        if (filter.stil() != null) {
            String stil = "status in (:open) and (" + voorStilte(filter.stilGrenzen(), voorwaarden) + ")";
            voorwaarden.en(filter.stil() ? stil : "not (" + stil + ")")
                    .met("open", EnumSet.allOf(InitiatiefStatus.class).stream().filter(InitiatiefStatus::isOpen).toList());
        }
        voorwaarden.gewijzigdSinds(filter.gewijzigdSinds());
        return voorwaarden;
    }

    /**
     * The last contact before its kern's bound: one branch per kern with its own threshold (a few at
     * most), the gemeente's bound for all other kernen.
     */
    private static String voorStilte(Stiltegrenzen grenzen, Voorwaarden voorwaarden) {
        List<String> takken = new ArrayList<>();
        int i = 0;
        for (Map.Entry<KernId, Instant> eigen : grenzen.eigen().entrySet()) {
            takken.add("(kernId = :stilKern" + i + " and laatsteContactOp < :stilGrens" + i + ")");
            voorwaarden.met("stilKern" + i, eigen.getKey().waarde())
                    .met("stilGrens" + i, Tijdstippen.opMicroseconden(eigen.getValue()));
            i++;
        }
        voorwaarden.met("stilGrens", Tijdstippen.opMicroseconden(grenzen.standaard()));
        if (grenzen.eigen().isEmpty()) {
            return "laatsteContactOp < :stilGrens";
        }
        voorwaarden.met("eigenKernen", grenzen.eigen().keySet().stream().map(KernId::waarde).toList());
        takken.add("(kernId not in (:eigenKernen) and laatsteContactOp < :stilGrens)");
        return String.join(" or ", takken);
    }

    /**
     * From the rollup by status and Rol (docs/adr/0030): at most 35 rows come back, summed here into
     * the two breakdowns.
     */
    @Override
    public Initiatiefcijfers tel(Monitoringbereik bereik) {
        List<Object[]> groepen = Grootboek.van("initiatief", bereik, "soort", "detail").rijen(entityManager());
        Map<InitiatiefStatus, Long> perStatus = new EnumMap<>(InitiatiefStatus.class);
        Map<Rol, Long> perRol = new EnumMap<>(Rol.class);
        long gestart = 0;
        long zonderRol = 0;
        for (Object[] groep : groepen) {
            long aantal = Telling.aantal(groep[2]);
            gestart += aantal;
            perStatus.merge(InitiatiefStatus.valueOf((String) groep[0]), aantal, Long::sum);
            if (groep[1] == null) {
                zonderRol += aantal;
            } else {
                perRol.merge(Rol.valueOf((String) groep[1]), aantal, Long::sum);
            }
        }
        return new Initiatiefcijfers(gestart, perStatus, perRol, zonderRol);
    }

    /**
     * From the rollup by due day and status (docs/adr/0030): the due day is the rollup's day, so
     * "open and due before today" is a plain condition on it and needs no source row.
     */
    @Override
    public Afspraakcijfers telAfspraken(Monitoringbereik bereik, LocalDate vandaag) {
        long nagekomen = 0;
        long nietNagekomen = 0;
        long verlopen = 0;
        long lopend = 0;
        for (Object[] groep : Grootboek.van("afspraak", bereik, "soort", "dag < :vandaag")
                .met("vandaag", vandaag).rijen(entityManager())) {
            long aantal = Telling.aantal(groep[2]);
            switch ((String) groep[0]) {
                case "NAGEKOMEN" -> nagekomen += aantal;
                case "NIET_NAGEKOMEN" -> nietNagekomen += aantal;
                default -> {
                    if ((Boolean) groep[1]) {
                        verlopen += aantal;
                    } else {
                        lopend += aantal;
                    }
                }
            }
        }
        return new Afspraakcijfers(nagekomen, nietNagekomen, verlopen, lopend);
    }

    @Override
    protected InitiatiefJpaEntity nieuweRij() {
        return new InitiatiefJpaEntity();
    }

    @Override
    protected UUID sleutel(Initiatief aggregaat) {
        return aggregaat.getId().waarde();
    }

    @Override
    protected long versie(Initiatief aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(InitiatiefJpaEntity rij) {
        return rij.versie;
    }
}
