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

    String onderwerp;
    String omschrijving;
    boolean gemeentebreed;

    @ElementCollection
    @CollectionTable(name = "participatietraject_kern", joinColumns = @JoinColumn(name = "traject_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "kern_id")
    @BatchSize(size = PaginaVerzoek.MAX_GROOTTE + 1)
    List<UUID> kernen = new ArrayList<>();

    @Column(name = "eigenaar_naam")
    String eigenaarNaam;
    @Column(name = "eigenaar_email")
    String eigenaarEmail;
    @Column(name = "eigenaar_telefoon")
    String eigenaarTelefoon;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Contactpersoon> kernambtenaren;

    @Column(name = "start_datum")
    LocalDate startDatum;
    @Column(name = "eind_datum")
    LocalDate eindDatum;
    boolean groot;
    @Column(name = "politiek_gevoelig")
    boolean politiekGevoelig;
    @Column(name = "startnotitie_datum")
    LocalDate startnotitieDatum;
    @Column(name = "startnotitie_raadsbesluit")
    String startnotitieRaadsbesluit;

    @Enumerated(EnumType.STRING)
    Fase fase;
    @Enumerated(EnumType.STRING)
    Participatieniveau niveau;

    @JdbcTypeCode(SqlTypes.JSON)
    List<Niveauwijziging> niveauhistorie;

    @JdbcTypeCode(SqlTypes.JSON)
    Afweging afweging;
    @Column(name = "afweging_op")
    Instant afwegingOp;
    @Column(name = "afweging_door")
    String afwegingDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    Betrokkenen betrokkenen;
    @Column(name = "betrokkenen_op")
    Instant betrokkenenOp;
    @Column(name = "betrokkenen_door")
    String betrokkenenDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    Niveaubepaling niveaubepaling;
    @Column(name = "niveaubepaling_op")
    Instant niveaubepalingOp;
    @Column(name = "niveaubepaling_door")
    String niveaubepalingDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    Communicatieplan communicatieplan;
    @Column(name = "communicatieplan_op")
    Instant communicatieplanOp;
    @Column(name = "communicatieplan_door")
    String communicatieplanDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    Middelen middelen;
    @Column(name = "middelen_op")
    Instant middelenOp;
    @Column(name = "middelen_door")
    String middelenDoor;

    @JdbcTypeCode(SqlTypes.JSON)
    Evaluatie evaluatie;
    @Column(name = "evaluatie_op")
    Instant evaluatieOp;
    @Column(name = "evaluatie_door")
    String evaluatieDoor;
}
