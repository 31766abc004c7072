package nl.kernpunt.adapter.persistence.bijeenkomst;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Aggregaatrij;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code bijeenkomst}. Public only because Quarkus defines Hibernate's proxies in another
 * class loader; the ArchUnit rule keeps it inside this adapter. The version is moved by Hibernate alone.
 */
@Entity
@Table(name = "bijeenkomst")
public class BijeenkomstJpaEntity extends Aggregaatrij {

    String titel;

    @Enumerated(EnumType.STRING)
    Bijeenkomstsoort soort;

    LocalDate datum;

    @ElementCollection
    @CollectionTable(name = "bijeenkomst_kern", joinColumns = @JoinColumn(name = "bijeenkomst_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "kern_id")
    @BatchSize(size = PaginaVerzoek.MAX_GROOTTE + 1)
    List<UUID> kernen = new ArrayList<>();

    @Column(name = "aantal_deelnemers")
    Integer aantalDeelnemers;

    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> initiatieven;

    @JdbcTypeCode(SqlTypes.JSON)
    List<UUID> trajecten;

    String verslag;

    @Column(name = "terugkoppeling_uiterlijk")
    LocalDate terugkoppelingUiterlijk;
    @Column(name = "terugkoppeling_datum")
    LocalDate terugkoppelingDatum;
    @Column(name = "terugkoppeling_wijze")
    String terugkoppelingWijze;
    @Column(name = "terugkoppeling_samenvatting")
    String terugkoppelingSamenvatting;
    @Column(name = "terugkoppeling_door")
    String terugkoppelingDoor;
}
