package nl.kernpunt.adapter.persistence.traject;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.traject.Afweging;
import nl.kernpunt.domain.traject.Betrokkenen;
import nl.kernpunt.domain.traject.Communicatieplan;
import nl.kernpunt.domain.traject.Evaluatie;
import nl.kernpunt.domain.traject.Fase;
import nl.kernpunt.domain.traject.Middelen;
import nl.kernpunt.domain.traject.Niveaubepaling;
import nl.kernpunt.domain.traject.Niveauwijziging;
import nl.kernpunt.domain.traject.Participatieniveau;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code participatietraject}. The steps' outcomes are the domain's own records stored
 * as JSON (Hibernate's own JSON format, see application.properties): they are validated again by
 * their constructors when read back, so a changed record shape fails loudly instead of silently.
 * Public only because Quarkus defines Hibernate's proxies in another class loader; the ArchUnit
 * rule keeps it inside this adapter. The version is moved by Hibernate alone.
 */
@Entity
@Table(name = "participatietraject")
public class ParticipatietrajectJpaEntity extends Aggregaatrij {

    public String onderwerp;
    public String omschrijving;
    public boolean gemeentebreed;

    @ElementCollection
    @CollectionTable(name = "participatietraject_kern", joinColumns = @JoinColumn(name = "traject_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "kern_id")
    @BatchSize(size = PaginaVerzoek.MAX_GROOTTE + 1)
    public List<UUID> kernen = new ArrayList<>();

    @Column(name = "eigenaar_naam")
    public String eigenaarNaam;
    @Column(name = "eigenaar_email")
    public String eigenaarEmail;
    @Column(name = "eigenaar_telefoon")
    public String eigenaarTelefoon;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contactpersoon> kernambtenaren;

    @Column(name = "start_datum")
    public LocalDate startDatum;
    @Column(name = "eind_datum")
    public LocalDate eindDatum;
    public boolean groot;
    @Column(name = "politiek_gevoelig")
    public boolean politiekGevoelig;
    @Column(name = "startnotitie_datum")
    public LocalDate startnotitieDatum;
    @Column(name = "startnotitie_raadsbesluit")
    public String startnotitieRaadsbesluit;

    @Enumerated(EnumType.STRING)
    public Fase fase;
    @Enumerated(EnumType.STRING)
    public Participatieniveau niveau;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Niveauwijziging> niveauhistorie;

    @JdbcTypeCode(SqlTypes.JSON)
    public Afweging afweging;
    @Column(name = "afweging_op")
    public Instant afwegingOp;
    @Column(name = "afweging_door")
    public String afwegingDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    public Betrokkenen betrokkenen;
    @Column(name = "betrokkenen_op")
    public Instant betrokkenenOp;
    @Column(name = "betrokkenen_door")
    public String betrokkenenDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    public Niveaubepaling niveaubepaling;
    @Column(name = "niveaubepaling_op")
    public Instant niveaubepalingOp;
    @Column(name = "niveaubepaling_door")
    public String niveaubepalingDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    public Communicatieplan communicatieplan;
    @Column(name = "communicatieplan_op")
    public Instant communicatieplanOp;
    @Column(name = "communicatieplan_door")
    public String communicatieplanDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    public Middelen middelen;
    @Column(name = "middelen_op")
    public Instant middelenOp;
    @Column(name = "middelen_door")
    public String middelenDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    public Evaluatie evaluatie;
    @Column(name = "evaluatie_op")
    public Instant evaluatieOp;
    @Column(name = "evaluatie_door")
    public String evaluatieDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Contactmoment> contactmomenten = new ArrayList<>();
    @Column(name = "participatie_gestart_op")
    public Instant participatieGestartOp;
    /** Derived from the traject for the stil filter; null unless participation runs. */
    @Column(name = "stil_sinds")
    public Instant stilSinds;
}
